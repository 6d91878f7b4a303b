// Accessible data tables in the NL Design System style: column headers with scope, optional caption.
export function Table({
  headers,
  caption,
  children,
  className = "",
}: {
  headers: React.ReactNode[];
  caption?: React.ReactNode;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <table className={`utrecht-table w-full ${className}`}>
      {caption ? <caption className="utrecht-table__caption text-left">{caption}</caption> : null}
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          {headers.map((header, index) => (
            <th key={index} scope="col" className="utrecht-table__header-cell">
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="utrecht-table__body">{children}</tbody>
    </table>
  );
}

export function Row({ children, id, className = "" }: { children: React.ReactNode; id?: string; className?: string }) {
  return (
    <tr id={id} className={`utrecht-table__row ${className}`}>
      {children}
    </tr>
  );
}

export function Cell({
  children,
  rowHeader = false,
  className = "",
}: {
  children: React.ReactNode;
  rowHeader?: boolean;
  className?: string;
}) {
  return rowHeader ? (
    <th scope="row" className={`utrecht-table__cell ${className}`}>
      {children}
    </th>
  ) : (
    <td className={`utrecht-table__cell ${className}`}>{children}</td>
  );
}
