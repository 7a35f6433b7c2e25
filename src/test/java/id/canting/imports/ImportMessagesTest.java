package id.canting.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Stored messages render whatever was typed: today a year or month out of range made three views answer 500. */
class ImportMessagesTest {

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Test
	void numbersStoredAsTextFillNumberPatterns() {
		assertThat(ImportMessages.render(messages(), "validation.year", List.of("1900", "2026"), Locale.ENGLISH))
			.isEqualTo("must be a year between 1900 and 2026");
	}

	@Test
	void aValueThatIsNoNumberIsShownAsTypedInsteadOfFailing() {
		assertThat(ImportMessages.render(messages(), "validation.year", List.of("abad ke-19", "99999999999999999999999"),
				Locale.ENGLISH)).isEqualTo("must be a year between abad ke-19 and 99999999999999999999999");
	}

	@Test
	void aNibStaysAsTypedWhereTheMessageDoesNotFormatANumber() {
		assertThat(ImportMessages.render(messages(), "import.scope.nib", List.of("0120000000001"), Locale.ENGLISH))
			.contains("0120000000001");
	}
}
