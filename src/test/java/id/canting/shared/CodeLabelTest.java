package id.canting.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import id.canting.programme.application.ApplicationStatus;

/** A refusal names the state a reader knows ("Diajukan"), never the code ({@code SUBMITTED}). */
class CodeLabelTest {

	private final ResourceBundleMessageSource messages = messages();

	@Test
	void aRefusalReadsTheStatusAsItsLabelInEitherLanguage() {
		Object[] arguments = { CodeLabel.of("programme.application.status.", ApplicationStatus.SUBMITTED) };

		String id = messages.getMessage("programme.application.transition.approve", arguments, Locale.forLanguageTag("id"));
		String en = messages.getMessage("programme.application.transition.approve", arguments, Locale.ENGLISH);

		assertThat(id).contains("Diajukan").doesNotContain("SUBMITTED");
		assertThat(en).contains("Submitted").doesNotContain("SUBMITTED");
	}

	@Test
	void aCodeWithoutALabelFallsBackToTheCode() {
		Object[] arguments = { CodeLabel.of("no.such.prefix.", ApplicationStatus.SUBMITTED) };

		assertThat(messages.getMessage("programme.application.transition.approve", arguments, Locale.ENGLISH))
			.contains("SUBMITTED");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}
}
