// Chart data from the data tables the analytics pages show (the tables are the one source: screen
// readers read them, the charts draw them). Pure: rows are arrays of cell texts.

/** A cell's number, or null for an empty or non-numeric cell. */
export function number(text) {
  const t = String(text ?? '').trim();
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/**
 * Rows of (label, series, value), e.g. (day, ticket type, registrations), as one dataset per series
 * over the labels in their first order; a missing pair is 0.
 */
export function pivot(rows, labelIndex, seriesIndex, valueIndex) {
  const labels = [];
  const series = [];
  const values = new Map();
  for (const row of rows) {
    const label = row[labelIndex];
    const name = row[seriesIndex];
    if (!labels.includes(label)) labels.push(label);
    if (!series.includes(name)) series.push(name);
    values.set(label + '\u0000' + name, (values.get(label + '\u0000' + name) || 0) + (number(row[valueIndex]) || 0));
  }
  return {
    labels,
    datasets: series.map((name) => ({ label: name, data: labels.map((l) => values.get(l + '\u0000' + name) || 0) })),
  };
}

/** One dataset per chosen column (named by its header), over the rows' labels. */
export function columns(headers, rows, labelIndex, valueIndexes) {
  return {
    labels: rows.map((r) => r[labelIndex]),
    datasets: valueIndexes.map((i) => ({ label: headers[i], data: rows.map((r) => number(r[i])) })),
  };
}
