/** A failure the reader must see, announced to screen readers; nothing when there is none. */
export function ErrorLine({ message }: { message: string | null | undefined }) {
  return message ? (
    <p class="error" role="alert">
      {message}
    </p>
  ) : null;
}
