import { Button } from 'react-aria-components';
import {
  DATE_COSTS,
  DATE_ENERGIES,
  DATE_SETTINGS,
  type IdeaFilter,
  TIME_NEEDED,
} from '../../../core/dates';
import { SelectField } from '../../components/field';
import { type MessageKey, t } from '../../i18n';
import { CheckBox } from './check-box';

const SEASONS = ['spring', 'summer', 'autumn', 'winter'] as const;
const KINDS = ['emotional', 'physical', 'intellectual'] as const;

type SelectProps<T extends string> = {
  label: string;
  value: T | undefined;
  options: readonly T[];
  words: (value: T) => string;
  onChange: (value: T | undefined) => void;
};

/** One filter as a labelled native select: "Any" lets everything through. */
function FilterSelect<T extends string>({
  label,
  value,
  options,
  words,
  onChange,
}: SelectProps<T>) {
  return (
    <SelectField
      className="idea-filters__field"
      label={label}
      value={value ?? ''}
      onChange={(next) => onChange(options.find((option) => option === next))}
    >
      <option value="">{t('dates.filters.any')}</option>
      {options.map((option) => (
        <option key={option} value={option}>
          {words(option)}
        </option>
      ))}
    </SelectField>
  );
}

const word = (key: string) => t(key as MessageKey);

/** The library's filters: where, cost, time, energy, season, kind, and "works apart". */
export function IdeaFilters({
  filter,
  onChange,
}: {
  filter: IdeaFilter;
  onChange: (filter: IdeaFilter) => void;
}) {
  const set = <K extends keyof IdeaFilter>(key: K, value: IdeaFilter[K]) =>
    onChange({ ...filter, [key]: value });
  const active = Object.values(filter).some((value) => value !== undefined && value !== false);
  return (
    <fieldset className="idea-filters">
      <legend className="idea-filters__legend">{t('dates.filters.legend')}</legend>
      <div className="idea-filters__grid">
        <FilterSelect
          label={t('dates.filters.setting')}
          value={filter.setting}
          options={DATE_SETTINGS}
          words={(v) => word(`dates.setting.${v}`)}
          onChange={(v) => set('setting', v)}
        />
        <FilterSelect
          label={t('dates.filters.cost')}
          value={filter.cost}
          options={DATE_COSTS}
          words={(v) => word(`dates.cost.${v}`)}
          onChange={(v) => set('cost', v)}
        />
        <FilterSelect
          label={t('dates.filters.time')}
          value={filter.time}
          options={TIME_NEEDED}
          words={(v) => word(`dates.time.${v}`)}
          onChange={(v) => set('time', v)}
        />
        <FilterSelect
          label={t('dates.filters.energy')}
          value={filter.energy}
          options={DATE_ENERGIES}
          words={(v) => word(`dates.energy.${v}`)}
          onChange={(v) => set('energy', v)}
        />
        <FilterSelect
          label={t('dates.filters.season')}
          value={filter.season}
          options={SEASONS}
          words={(v) => word(`dates.season.${v}`)}
          onChange={(v) => set('season', v)}
        />
        <FilterSelect
          label={t('dates.filters.kind')}
          value={filter.kind}
          options={KINDS}
          words={(v) => word(`kinds.${v}`)}
          onChange={(v) => set('kind', v)}
        />
      </div>
      <div className="idea-filters__row">
        <CheckBox
          className="idea-filters__apart"
          isSelected={filter.distance === true}
          onChange={(on) => set('distance', on || undefined)}
        >
          {t('dates.filters.distance')}
        </CheckBox>
        {active && (
          <Button className="button button--quiet button--small" onPress={() => onChange({})}>
            {t('dates.filters.clear')}
          </Button>
        )}
      </div>
    </fieldset>
  );
}
