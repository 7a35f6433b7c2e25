package id.canting.shared;

import java.util.List;
import java.util.function.Function;

/**
 * A page of a list as the API returns it:
 * {@code {"content": [...], "page": {"number", "size", "totalElements", "totalPages"}}}.
 */
public record PageResponse<T>(List<T> content, PageMeta page) {

	public record PageMeta(int number, int size, long totalElements, int totalPages) {
	}

	public static <T> PageResponse<T> of(List<T> content, PageRequest request, long totalElements) {
		int totalPages = (int) ((totalElements + request.size() - 1) / request.size());
		return new PageResponse<>(content, new PageMeta(request.page(), request.size(), totalElements, totalPages));
	}

	/** One page of a list the caller already holds whole (e.g. computed in memory), with its totals. */
	public static <T> PageResponse<T> slice(List<T> all, PageRequest request) {
		int from = (int) Math.min(request.offset(), all.size());
		int to = Math.min(from + request.size(), all.size());
		return of(all.subList(from, to), request, all.size());
	}

	public <R> PageResponse<R> map(Function<T, R> mapper) {
		return new PageResponse<>(content.stream().map(mapper).toList(), page);
	}

	public boolean hasPrevious() {
		return page.number() > 0;
	}

	public boolean hasNext() {
		return page.number() + 1 < page.totalPages();
	}
}
