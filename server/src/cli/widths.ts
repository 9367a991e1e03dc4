// Column widths for the terminal formats. A loop, not Math.max(...values): spreading one
// argument per problem overflows the call stack on big runs (about 50,000 templates).
export function widest(values: Iterable<string>, cap = Infinity): number {
  let width = 0;
  for (const value of values) if (value.length > width) width = value.length;
  return Math.min(width, cap);
}
