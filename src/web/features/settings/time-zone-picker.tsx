import './time-zone-picker.css';
import { useEffect, useRef, useState } from 'react';
import {
  Button,
  ComboBox,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  ListLayout,
  Popover,
  Text,
  Virtualizer,
} from 'react-aria-components';
import { ChevronIcon } from '../../components/icons';
import { currentLocale, t } from '../../i18n';
import {
  matchesZone,
  type ZoneOption,
  zoneIds,
  zoneListBuilder,
  zoneOption,
} from './time-zone-options';

function labelFormat(city: string, offset: string): string {
  return t('settings.timeZoneLabel', { city, offset });
}

type ZoneList = {
  builder: ReturnType<typeof zoneListBuilder>;
  done: ZoneOption[] | null;
  /** Someone is in the field: build without waiting for idle time. */
  hurried: boolean;
  /** Moves a waiting slice forward at once, when hurried. */
  wake?: () => void;
};

/** One list per page view and per set of saved zones, shared by every picker on the page. */
const lists = new Map<string, ZoneList>();

function listFor(key: string, keep: readonly string[]): ZoneList {
  let list = lists.get(key);
  if (!list) {
    list = {
      builder: zoneListBuilder(zoneIds(keep), new Date(), currentLocale(), labelFormat),
      done: null,
      hurried: false,
    };
    lists.set(key, list);
  }
  return list;
}

/**
 * Runs `step` in slices until it says it is done: in idle time, or, once
 * hurried, in back-to-back short tasks. Never one long task, so typing,
 * scrolling and the list's own opening are never held up.
 */
function inSlices(list: ZoneList, onDone: () => void): () => void {
  let cancel = () => {};
  const slice = (budgetMs: number) => {
    if (list.done || list.builder.step(budgetMs)) {
      list.done ??= list.builder.finish();
      onDone();
    } else schedule();
  };
  const schedule = () => {
    if (list.hurried || typeof requestIdleCallback !== 'function') {
      const handle = setTimeout(() => slice(12), 0);
      cancel = () => clearTimeout(handle);
    } else {
      const handle = requestIdleCallback(
        (deadline) => slice(Math.min(24, Math.max(4, deadline.timeRemaining()))),
        { timeout: 1000 },
      );
      cancel = () => cancelIdleCallback(handle);
    }
  };
  list.wake = () => {
    cancel();
    schedule();
  };
  schedule();
  return () => {
    cancel();
    list.wake = undefined;
  };
}

/**
 * Every zone, made a slice at a time while the page is idle; null until
 * then. `hurry` is for a person who is already in the field.
 */
function useZoneList(keep: readonly string[]): { all: ZoneOption[] | null; hurry(): void } {
  const key = `${currentLocale()}|${keep.join(',')}`;
  const keepRef = useRef(keep);
  keepRef.current = keep;
  const [all, setAll] = useState<ZoneOption[] | null>(() => lists.get(key)?.done ?? null);
  useEffect(() => {
    const list = listFor(key, keepRef.current);
    return inSlices(list, () => setAll(list.done));
  }, [key]);
  return {
    all,
    hurry: () => {
      const list = listFor(key, keep);
      if (list.done || list.hurried) return;
      list.hurried = true;
      list.wake?.();
    },
  };
}

/** The estimated height of one row of the list, in px (the virtualized list measures the real ones). */
const ROW = 60;

/** The zone this browser says it is in, if it says. */
export function deviceTimeZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch {
    return null;
  }
}

type TimeZonePickerProps = {
  label: string;
  hint: string;
  name: string;
  value: string;
  onChange: (zone: string) => void;
  /** Zones the list must hold even if this browser does not know them (saved values). */
  keep: readonly string[];
};

/**
 * A searchable list of time zones (an accessible combo box): type a city, a
 * region, a zone's everyday name or an offset, or open the whole list, west to
 * east. Picking only changes the field; the form's one Save keeps it.
 */
export function TimeZonePicker({ label, hint, name, value, onChange, keep }: TimeZonePickerProps) {
  const { all, hurry } = useZoneList(keep);
  const listRef = useRef<HTMLDivElement>(null);
  // Opened whole (by its button), the list starts at the chosen zone, not at the far west.
  const showChosen = () =>
    requestAnimationFrame(() => {
      const list = listRef.current;
      const index = all?.findIndex((option) => option.id === value) ?? -1;
      if (list && index > 0) list.scrollTop = Math.max(0, index * ROW - list.clientHeight / 2);
    });
  // Until the whole list is made, the field holds the chosen zone alone (two questions to the platform).
  const options = all ?? [zoneOption(value, new Date(), currentLocale(), labelFormat)];
  const byLabel = new Map(options.map((option) => [option.label, option]));
  const device = deviceTimeZone();
  const suggestion =
    device && device !== value
      ? zoneOption(device, new Date(), currentLocale(), labelFormat)
      : null;

  return (
    <div className="zone-picker">
      <ComboBox
        className="field"
        name={name}
        defaultItems={options}
        value={value}
        onChange={(key) => {
          if (key !== null) onChange(String(key));
        }}
        defaultFilter={(text, input) => {
          const option = byLabel.get(text);
          return option ? matchesZone(option, input) : false;
        }}
        allowsEmptyCollection
        onOpenChange={(isOpen, trigger) => {
          if (isOpen && trigger === 'manual') showChosen();
        }}
      >
        <Label className="field__label">{label}</Label>
        <div className="zone-picker__control">
          <Input className="field__input zone-picker__input" onFocus={hurry} />
          <Button className="zone-picker__toggle" aria-label={t('settings.timeZoneShowAll')}>
            <ChevronIcon />
          </Button>
        </div>
        <Text slot="description" className="field__hint">
          {hint} {t('settings.timeZoneSearchHint')}
        </Text>
        <Popover className="zone-picker__popover" offset={4} maxHeight={360}>
          {/* Only the rows in view are drawn: hundreds of zones open at once. */}
          <Virtualizer layout={ListLayout} layoutOptions={{ estimatedRowSize: ROW }}>
            <ListBox
              ref={listRef}
              className="zone-picker__list"
              renderEmptyState={() => (
                <p className="zone-picker__empty">
                  {all ? t('settings.timeZoneNoMatch') : t('common.loading')}
                </p>
              )}
            >
              {(option: ZoneOption) => (
                <ListBoxItem
                  id={option.id}
                  textValue={option.label}
                  className="zone-picker__option"
                >
                  <span className="zone-picker__city">{option.city}</span>
                  <span className="zone-picker__offset">{option.offset}</span>
                  {(option.region || option.name) && (
                    <span className="zone-picker__where">
                      {[option.region, option.name].filter(Boolean).join(' · ')}
                    </span>
                  )}
                </ListBoxItem>
              )}
            </ListBox>
          </Virtualizer>
        </Popover>
      </ComboBox>
      {suggestion && (
        <p className="zone-picker__suggestion">
          <span>{t('settings.timeZoneDevice', { zone: suggestion.label })}</span>{' '}
          <Button
            className="button button--quiet button--inline"
            onPress={() => onChange(suggestion.id)}
          >
            {t('settings.timeZoneUseDevice', { city: suggestion.city })}
          </Button>
        </p>
      )}
    </div>
  );
}
