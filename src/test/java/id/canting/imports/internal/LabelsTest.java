package id.canting.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.support.ResourceBundleMessageSource;

import id.canting.registry.Dye;
import id.canting.registry.Gender;
import id.canting.registry.IkmKind;
import id.canting.registry.ProductCategory;
import id.canting.registry.Revitalisation;
import id.canting.registry.Technique;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The coded columns of the IKM and sentra sheets accept their codes and the pages' labels in both languages. */
class LabelsTest {

	/** Every enum an import column carries (IkmImportRows, SentraImportRows), with its message prefix. */
	private static final Map<Class<? extends Enum<?>>, String> CODED = Map.of(Gender.class, "gender.", IkmKind.class,
			"kind.", Technique.class, "technique.", ProductCategory.class, "category.", Dye.class, "dye.",
			Revitalisation.class, "revitalisation.");

	/** Columns holding lists of codes: their labels must not contain what separates list items. */
	private static final List<Class<? extends Enum<?>>> LISTS = List.of(Technique.class, ProductCategory.class, Dye.class);

	private static final Pattern ITEM_SEPARATOR = Pattern.compile("[,;|/]");

	private final Labels labels = new Labels(bundles());

	/** The bundles as the application configures them, without a Spring context. */
	private static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Example
	void acceptsTheWordsOfficialsType() {
		assertThat(Set.of("Perempuan", "perempuan ", "FEMALE", "Female", "\u00A0PEREMPUAN"))
			.allSatisfy(typed -> assertThat(labels.code(Gender.class, "gender.", typed)).isEqualTo("FEMALE"));
		assertThat(labels.code(Gender.class, "gender.", "laki laki")).isEqualTo("MALE");
		assertThat(labels.code(Technique.class, "technique.", "Tulis (hand-drawn)")).isEqualTo("TULIS");
		assertThat(labels.code(Technique.class, "technique.", "tulis")).isEqualTo("TULIS");
		assertThat(labels.code(Dye.class, "dye.", "Pewarna  alam")).isEqualTo("NATURAL");
		assertThat(labels.code(Revitalisation.class, "revitalisation.", "in progress")).isEqualTo("IN_PROGRESS");
		assertThat(labels.codes(ProductCategory.class, "category.", List.of("Kain", "Clothing")))
			.containsExactly("FABRIC", "CLOTHING");
	}

	@Example
	void keepsWhatItDoesNotKnowForTheRulesToRefuse() {
		assertThat(labels.code(Technique.class, "technique.", "Printing")).isEqualTo("Printing");
		assertThat(labels.code(Gender.class, "gender.", null)).isNull();
	}

	@Example
	void labelsInEachLanguageForExportsAndTemplates() {
		assertThat(labels.label("gender.", "FEMALE", "id")).isEqualTo("Perempuan");
		assertThat(labels.label("gender.", "FEMALE", "en")).isEqualTo("Female");
		assertThat(labels.label("gender.", "UNKNOWN", "en")).isEqualTo("UNKNOWN");
	}

	@Example
	void everyCodeHasALabelInBothLanguages() {
		CODED.forEach((type, prefix) -> {
			for (Enum<?> code : type.getEnumConstants()) {
				for (String language : Labels.LANGUAGES) {
					assertThat(bundles().getMessage(prefix + code.name(), null, null, Locale.forLanguageTag(language)))
						.as("%s%s in %s", prefix, code.name(), language).isNotBlank();
				}
			}
		});
	}

	/** Two codes of one enum sharing a label (in a language, or across both) would make a typed label a guess. */
	@Example
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void noTwoCodesOfOneEnumShareALabel() {
		CODED.forEach((type, prefix) -> {
			Map<String, Set<String>> aliases = labels.aliases((Class) type, prefix);
			assertThat(aliases).as(prefix).allSatisfy((typed, codes) -> assertThat(codes).as(typed).hasSize(1));
		});
	}

	@Example
	void labelsOfListColumnsHoldNoItemSeparator() {
		for (Class<? extends Enum<?>> type : LISTS) {
			String prefix = CODED.get(type);
			for (Enum<?> code : type.getEnumConstants()) {
				for (String language : Labels.LANGUAGES) {
					String label = labels.label(prefix, code.name(), language);
					assertThat(ITEM_SEPARATOR.matcher(label).find()).as(label).isFalse();
				}
			}
		}
	}

	record Typed(Class<? extends Enum<?>> type, String prefix, String code, String text) {
	}

	@Provide
	Arbitrary<Typed> typedLabels() {
		Arbitrary<Typed> labelled = Arbitraries.of(CODED.keySet()).flatMap(type -> Arbitraries.of(type.getEnumConstants())
			.flatMap(code -> Arbitraries.of(Labels.LANGUAGES)
				.map(language -> new Typed(type, CODED.get(type), code.name(),
						labels.label(CODED.get(type), code.name(), language)))));
		return Combinators.combine(labelled, Arbitraries.of("", " ", "\u00A0", "\t"), Arbitraries.of(true, false))
			.as((typed, padding, upper) -> new Typed(typed.type(), typed.prefix(), typed.code(),
					padding + (upper ? typed.text().toUpperCase(Locale.ROOT) : typed.text().toLowerCase(Locale.ROOT))
							+ padding));
	}

	@Property
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void anyLabelInEitherLanguageReadsBackAsItsCode(@ForAll("typedLabels") Typed typed) {
		assertThat(labels.code((Class) typed.type(), typed.prefix(), typed.text())).isEqualTo(typed.code());
	}
}
