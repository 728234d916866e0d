/** GitHub's page sizes: 30 unless `per_page` says otherwise, never more than 100. */
export const DEFAULT_PER_PAGE = 30;
export const MAX_PER_PAGE = 100;

/**
 * One page of `items` and the `Link` header GitHub would send: `prev`, `next`, `last`, `first` in that order,
 * each URL keeping the request's other query parameters with `page` last; no header when everything fits in one page.
 */
export function paginate<T>(items: readonly T[], query: URLSearchParams, baseUrl: string): { page: T[]; link?: string } {
  const perPageRaw = Number.parseInt(query.get('per_page') ?? '', 10);
  const perPage = Number.isFinite(perPageRaw) && perPageRaw > 0 ? Math.min(perPageRaw, MAX_PER_PAGE) : DEFAULT_PER_PAGE;
  const pageRaw = Number.parseInt(query.get('page') ?? '', 10);
  const page = Number.isFinite(pageRaw) && pageRaw > 0 ? pageRaw : 1;
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  if (last === 1) return { page: slice };
  const url = (n: number): string => {
    const q = new URLSearchParams();
    for (const [k, v] of query) if (k !== 'page') q.append(k, v);
    q.append('page', String(n));
    return `<${baseUrl}?${q.toString()}>`;
  };
  const rels: string[] = [];
  if (page > 1) rels.push(`${url(Math.min(page - 1, last))}; rel="prev"`);
  if (page < last) rels.push(`${url(page + 1)}; rel="next"`, `${url(last)}; rel="last"`);
  if (page > 1) rels.push(`${url(1)}; rel="first"`);
  return { page: slice, link: rels.length ? rels.join(', ') : undefined };
}
