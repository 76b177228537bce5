/** The exercises' icon for the More list: two overlapping circles, like two breaths in step. */
import { Icon } from '../../components/icons';

export function ExercisesIcon() {
  return (
    <Icon size={24}>
      <circle cx="9" cy="12" r="5.5" />
      <circle cx="15" cy="12" r="5.5" />
    </Icon>
  );
}
