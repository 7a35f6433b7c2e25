package id.canting.registry.web.export;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.canting.registry.Dye;
import id.canting.registry.Gender;
import id.canting.registry.IkmColumn;
import id.canting.registry.IkmKind;
import id.canting.registry.ProductCategory;
import id.canting.registry.Revitalisation;
import id.canting.registry.SentraColumn;
import id.canting.registry.Technique;

/**
 * The shape of a downloaded sheet: its name (also the start of the file name), its header row, which
 * columns hold numbers (written as numbers in XLSX so they can be summed), which hold codes (written
 * as the labels of the file's language, as the import template offers them) and which the regency
 * (written as its code and official name). Every other column is text, kept as text by spreadsheet
 * tools (NIB, phone and codes keep their leading zeros).
 */
record SheetLayout(String name, String filePrefix, List<String> headers, Set<Integer> numericColumns,
		Map<Integer, Coded> codedColumns, Set<Integer> regencyColumns) {

	/** A column of codes (one or a list) and the message prefix of their labels, e.g. {@code gender.}. */
	record Coded(String labelPrefix, Class<? extends Enum<?>> codes) {
	}

	static SheetLayout ikm(String language) {
		return new SheetLayout("IKM", "ikm", Arrays.stream(IkmColumn.values()).map(c -> c.header(language)).toList(),
				// the Canting ID is a number too: written with format "0", never 1.5E+3
				indexes(IkmColumn.ID, IkmColumn.WORKERS_MALE, IkmColumn.WORKERS_FEMALE, IkmColumn.CAPACITY,
						IkmColumn.INVESTMENT, IkmColumn.YEAR_FOUNDED),
				Map.of(IkmColumn.OWNER_GENDER.ordinal(), new Coded("gender.", Gender.class),
						IkmColumn.KIND.ordinal(), new Coded("kind.", IkmKind.class),
						IkmColumn.TECHNIQUES.ordinal(), new Coded("technique.", Technique.class),
						IkmColumn.CATEGORIES.ordinal(), new Coded("category.", ProductCategory.class),
						IkmColumn.DYES.ordinal(), new Coded("dye.", Dye.class)),
				indexes(IkmColumn.REGENCY));
	}

	static SheetLayout sentra(String language) {
		return new SheetLayout("Sentra", "sentra",
				Arrays.stream(SentraColumn.values()).map(c -> c.header(language)).toList(),
				indexes(SentraColumn.YEAR_ESTABLISHED, SentraColumn.REVITALISATION_YEAR),
				Map.of(SentraColumn.REVITALISATION.ordinal(), new Coded("revitalisation.", Revitalisation.class)),
				indexes(SentraColumn.REGENCY));
	}

	private static Set<Integer> indexes(Enum<?>... columns) {
		return Arrays.stream(columns).map(Enum::ordinal).collect(Collectors.toUnmodifiableSet());
	}
}
