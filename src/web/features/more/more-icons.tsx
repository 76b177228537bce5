/** Icons only the More list uses; drawn like components/icons (decorative, text carries meaning). */
import type { ReactNode } from 'react';
import { Icon as LineIcon } from '../../components/icons';

function Icon({ children }: { children: ReactNode }) {
  return <LineIcon size={24}>{children}</LineIcon>;
}

export function BookIcon() {
  return (
    <Icon>
      <path d="M4 5.5A2.5 2.5 0 0 1 6.5 3H20v15H6.5A2.5 2.5 0 0 0 4 20.5z" />
      <path d="M4 20.5A2.5 2.5 0 0 0 6.5 23H20v-5" />
    </Icon>
  );
}

export function CompassIcon() {
  return (
    <Icon>
      <circle cx="12" cy="12" r="9" />
      <path d="M15.5 8.5l-2 5-5 2 2-5z" />
    </Icon>
  );
}

export function LeafIcon() {
  return (
    <Icon>
      <path d="M5 19c0-8 5-13 14-14-1 9-6 14-14 14z" />
      <path d="M5 19l7-7" />
    </Icon>
  );
}
