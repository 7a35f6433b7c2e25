package id.canting.e2e;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Finds raw codes in page text: words that are the name of a constant of one of Canting's enums
 * ({@code OWNER_ID}, {@code APPLICATION_FORM}, {@code ACTIVE}), which a reader should see as a label
 * from the message bundles instead, and days in ISO form, which a reader should see written out.
 * Words in capitals that are real words or acronyms of the domain are allowed by name.
 */
final class RawCodes {

	/**
	 * Capitals that readers meet as words: acronyms of the domain, file formats and the time zone.
	 * Each is a constant of some enum too, so without this list a correct page would fail.
	 */
	static final Set<String> WORDS = Set.of("IKM", "NIB", "NPWP", "HS", "SNI", "IG", "DKI", "DI", "WIB", "API", "ID",
			"EN", "OK", "CSV", "XLS", "XLSX", "ODS", "PDF", "JPEG", "PNG", "JSON", "ICS",
			// a focus-group discussion, as event programmes name it
			"FGD");

	/** A day as ISO writes it ({@code 2026-12-06}), which pages write as {@code 6 Desember 2026}. */
	private static final Pattern ISO_DAY = Pattern.compile("(?<![\\p{N}-])\\d{4}-\\d{2}-\\d{2}(?![\\p{N}])");

	/**
	 * Upper-case words of two or more letters, digits and underscores, as enum constants are named; a word
	 * that is part of a hyphenated code a person typed (a programme code such as {@code WORKSHOP-SERAGAM-HAJI-2024},
	 * an event code) is that record's name, not a raw enum constant.
	 */
	private static final Pattern CAPITALS = Pattern.compile("(?<![\\p{L}\\p{N}_-])[A-Z][A-Z0-9_]*[A-Z0-9](?![\\p{L}\\p{N}_-])");

	private final Set<String> constants;

	RawCodes(Collection<String> constants) {
		this.constants = new TreeSet<>(constants);
		this.constants.removeAll(WORDS);
	}

	/**
	 * Every constant of every enum in {@code id.canting}'s main classes: read once per test run (the
	 * class import takes a second or two) and shared by the tests that use it.
	 */
	static RawCodes ofCanting() {
		return Canting.CODES;
	}

	/** Holder of the run's one reading of the main classes' enums, made when first asked for. */
	private static final class Canting {

		static final RawCodes CODES = read();
	}

	private static RawCodes read() {
		Set<String> names = new TreeSet<>();
		new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("id.canting")
			.stream()
			.filter(JavaClass::isEnum)
			.map(JavaClass::reflect)
			// a constant with a body of its own is a class marked as an enum too, but has no constants
			.filter(Class::isEnum)
			.forEach(type -> Arrays.stream(type.getEnumConstants())
				.map(constant -> ((Enum<?>) constant).name())
				.forEach(names::add));
		return new RawCodes(names);
	}

	/** The raw codes and ISO days in a text, each once, in the order they first appear. */
	List<String> in(String text) {
		Set<String> found = new LinkedHashSet<>();
		Matcher words = CAPITALS.matcher(text);
		while (words.find()) {
			if (constants.contains(words.group())) {
				found.add(words.group());
			}
		}
		Matcher days = ISO_DAY.matcher(text);
		while (days.find()) {
			found.add(days.group());
		}
		return List.copyOf(found);
	}

	boolean knows(String constant) {
		return constants.contains(constant);
	}
}
