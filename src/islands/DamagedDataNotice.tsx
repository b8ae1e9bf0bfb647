// The notice shown when data saved in this browser could not be read: it was kept aside, and can be downloaded.
// Shared by the checklist and the workshop record panel (not an island of its own).
interface Props {
  message: string;
  linkLabel: string;
  raw: string;
  fileName: string;
}

export function DamagedDataNotice({ message, linkLabel, raw, fileName }: Props) {
  return (
    <p class="utrecht-alert utrecht-alert--warning notice" role="alert">
      {message}{" "}
      <a href={`data:application/json;charset=utf-8,${encodeURIComponent(raw)}`} download={fileName}>
        {linkLabel}
      </a>
    </p>
  );
}
