import type { ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';

type DialogShellProps = {
  /** Text of the button that opens the dialog. */
  triggerLabel: string;
  triggerClassName?: string;
  title: string;
  /** Dialog body; receives `close` for its own Cancel button. */
  children: (close: () => void) => ReactNode;
  /** While true (a request in flight) the dialog cannot be dismissed. */
  isBusy?: boolean;
};

/**
 * A modal confirmation. It sits below the top edge so the quick exit stays
 * visible and usable above it; Escape or Cancel closes it.
 */
export function DialogShell({
  triggerLabel,
  triggerClassName = 'button button--danger',
  title,
  children,
  isBusy = false,
}: DialogShellProps) {
  return (
    <DialogTrigger>
      <Button className={triggerClassName}>{triggerLabel}</Button>
      <ModalOverlay
        className="modal-overlay"
        isDismissable={!isBusy}
        isKeyboardDismissDisabled={isBusy}
      >
        <Modal className="modal">
          <Dialog className="dialog" role="alertdialog">
            {({ close }) => (
              <>
                <Heading slot="title" className="dialog__title">
                  {title}
                </Heading>
                {children(close)}
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
