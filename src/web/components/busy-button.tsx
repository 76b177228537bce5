import { Button, type ButtonProps } from 'react-aria-components';

type BusyButtonProps = Omit<ButtonProps, 'isPending'> & { isBusy?: boolean };

/**
 * A button that stays focusable while its request runs but cannot be pressed
 * twice. (React Aria's own isPending announces by reference to an element that
 * is often gone a moment later, which leaves a nameless node in its live region.)
 */
export function BusyButton({
  isBusy = false,
  type,
  onPress,
  className,
  ...props
}: BusyButtonProps) {
  return (
    <Button
      {...props}
      type={isBusy && type === 'submit' ? 'button' : type}
      onPress={isBusy ? undefined : onPress}
      aria-disabled={isBusy || undefined}
      className={isBusy ? `${className ?? ''} is-busy` : className}
    />
  );
}
