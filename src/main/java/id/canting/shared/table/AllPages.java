package id.canting.shared.table;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;

/**
 * Every row a paged list query finds, fetched a page of {@link PageRequest#MAX_SIZE} at a time as
 * the file is written: a download holds exactly what the page's filters show, through the same
 * query (and so the same scope of the reader) as the page, without a second query to keep in step.
 */
public final class AllPages<T> implements Iterable<T> {

	private final Function<PageRequest, PageResponse<T>> query;
	private final String sortProperty;
	private final boolean ascending;

	private AllPages(Function<PageRequest, PageResponse<T>> query, String sortProperty, boolean ascending) {
		this.query = query;
		this.sortProperty = sortProperty;
		this.ascending = ascending;
	}

	/** All rows in the order of the page's sort ({@code sort} as the page was asked with). */
	public static <T> AllPages<T> of(PageRequest sortedAs, Function<PageRequest, PageResponse<T>> query) {
		return new AllPages<>(query, sortedAs.sortProperty(), sortedAs.ascending());
	}

	@Override
	public Iterator<T> iterator() {
		return new Iterator<>() {
			private int page;
			private List<T> rows;
			private int index;
			private boolean last;

			@Override
			public boolean hasNext() {
				while ((rows == null || index >= rows.size()) && !last) {
					PageResponse<T> fetched = query
						.apply(new PageRequest(page++, PageRequest.MAX_SIZE, sortProperty, ascending));
					rows = fetched.content();
					index = 0;
					last = !fetched.hasNext() || rows.isEmpty();
				}
				return rows != null && index < rows.size();
			}

			@Override
			public T next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return rows.get(index++);
			}
		};
	}
}
