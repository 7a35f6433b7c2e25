package id.canting.registry.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import id.canting.registry.IkmColumn;
import id.canting.registry.SentraColumn;

/**
 * The shape of a downloaded sheet: its name (also the start of the file name), its header row, and
 * which columns hold numbers (written as numbers in XLSX so they can be summed).
 */
record SheetLayout(String name, String filePrefix, List<String> headers, Set<Integer> numericColumns) {

	static SheetLayout ikm(String language) {
		return new SheetLayout("IKM", "ikm", Arrays.stream(IkmColumn.values()).map(c -> c.header(language)).toList(),
				indexes(IkmColumn.WORKERS_MALE, IkmColumn.WORKERS_FEMALE, IkmColumn.CAPACITY, IkmColumn.INVESTMENT,
						IkmColumn.YEAR_FOUNDED));
	}

	static SheetLayout sentra(String language) {
		return new SheetLayout("Sentra", "sentra",
				Arrays.stream(SentraColumn.values()).map(c -> c.header(language)).toList(),
				indexes(SentraColumn.YEAR_ESTABLISHED, SentraColumn.REVITALISATION_YEAR));
	}

	private static Set<Integer> indexes(Enum<?>... columns) {
		return Arrays.stream(columns).map(Enum::ordinal).collect(Collectors.toUnmodifiableSet());
	}
}
