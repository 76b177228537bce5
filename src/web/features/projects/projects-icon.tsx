import { Icon } from '../../components/icons';

/** A sprout in a pot: the More list's entry for shared projects. */
export function ProjectsIcon() {
  return (
    <Icon size={24}>
      <path d="M6 14h12l-1.5 7h-9z" />
      <path d="M12 14V8" />
      <path d="M12 10c0-3 2-5 5-5 0 3-2 5-5 5z" />
      <path d="M12 11c0-2.5-1.7-4.2-4.2-4.2 0 2.5 1.7 4.2 4.2 4.2z" />
    </Icon>
  );
}
