import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A modal built on <dialog>: the browser provides the focus trap, Escape handling, inert
 * background and the top layer. Escape and the backdrop route through `onCancel`.
 */
export function Modal({
  open,
  titleId,
  onCancel,
  children,
}: {
  open: boolean;
  titleId: string;
  onCancel: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) dialog.showModal();
    else if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      {open ? children : null}
    </dialog>
  );
}
