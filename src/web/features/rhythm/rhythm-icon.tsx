import { Icon } from '../../components/icons';

/** A week of days, some filled: the More list's entry for your weeks. */
export function RhythmIcon() {
  return (
    <Icon size={24}>
      <rect x="3.5" y="5" width="17" height="15" rx="2.5" />
      <path d="M3.5 9.5h17" />
      <path d="M8 3v3.5" />
      <path d="M16 3v3.5" />
      <path d="M7.5 13.5h2" />
      <path d="M11 13.5h2" />
      <path d="M7.5 16.5h2" />
    </Icon>
  );
}
