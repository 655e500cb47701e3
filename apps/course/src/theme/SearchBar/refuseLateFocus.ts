/**
 * Make `input.focus()` a no-op when it comes after the user has left the input and outside any
 * key press, click or touch. The search plugin's shortcut (Ctrl+K) focuses the input inside a
 * keydown, so it still works; the focus it asks for when its index has loaded comes from a
 * worker's message, after the user has moved on, and is refused. Returns the undo.
 * @example useEffect(() => refuseLateFocus(inputElement), []);
 */
export function refuseLateFocus(input: HTMLInputElement): () => void {
  let userLeft = false;
  const onFocus = () => {
    userLeft = false;
  };
  const onBlur = () => {
    userLeft = true;
  };
  input.addEventListener('focus', onFocus);
  input.addEventListener('blur', onBlur);
  input.focus = (options?: FocusOptions) => {
    // window.event is the event being dispatched, and stays set for the promise callbacks run
    // right after its listeners: the plugin's index arrives in a worker's message event
    const event = window.event;
    const askedByTheUser = event instanceof KeyboardEvent || event instanceof MouseEvent || (typeof TouchEvent !== 'undefined' && event instanceof TouchEvent);
    if (userLeft && !askedByTheUser) return;
    HTMLInputElement.prototype.focus.call(input, options);
  };
  return () => {
    input.removeEventListener('focus', onFocus);
    input.removeEventListener('blur', onBlur);
    delete (input as Partial<HTMLInputElement>).focus;
  };
}
