package id.canting.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which page of a list to return, from {@code ?page=0&size=20&sort=name,asc}. The sort property
 * must be one the list allows, so a query parameter never becomes SQL.
 */
public record PageRequest(int page, int size, String sortProperty, boolean ascending) {

	public static final int MAX_SIZE = 200;

	/**
	 * Reads the raw parameters, checking them against the list's sortable properties.
	 *
	 * @throws InvalidInputException naming {@code page}, {@code size} or {@code sort}
	 */
	public static PageRequest of(Integer page, Integer size, String sort, Set<String> sortable, String defaultSort) {
		List<FieldViolation> violations = new ArrayList<>();
		int number = page == null ? 0 : page;
		int pageSize = size == null ? 20 : size;
		if (number < 0) {
			violations.add(FieldViolation.of("page", "validation.page.min"));
		}
		if (pageSize < 1 || pageSize > MAX_SIZE) {
			violations.add(FieldViolation.of("size", "validation.size.range", MAX_SIZE));
		}
		String property = defaultSort;
		boolean ascending = true;
		if (sort != null && !sort.isBlank()) {
			String[] parts = sort.split(",");
			property = parts[0].trim();
			if (parts.length > 1) {
				ascending = !"desc".equalsIgnoreCase(parts[1].trim());
			}
			if (!sortable.contains(property)) {
				violations.add(FieldViolation.of("sort", "validation.sort.unknown", String.join(", ", sortable)));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new PageRequest(number, pageSize, property, ascending);
	}

	public long offset() {
		return (long) page * size;
	}
}
