package id.canting.audit.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import id.canting.shared.web.Dates;

/**
 * A changed field's value in words: the trail stores values as the records hold them (codes such as
 * {@code TULIS}, lists such as {@code [CAP, TULIS]}, ISO moments, rupiah as digits), and a page shows the label each
 * code has where its record is shown, so the history reads as the record does. Templates call it as
 * {@code ${@auditLabels.value(change.field, change.newValue)}}.
 */
@Component("auditLabels")
public class AuditLabels {

	/** The message prefixes of each field whose values are codes, in the order they are tried. */
	static final Map<String, List<String>> CODE_LABELS = Map.ofEntries(Map.entry("role", List.of("role.")),
			Map.entry("ownerGender", List.of("gender.")), Map.entry("kind", List.of("kind.", "event.session.kind.")),
			Map.entry("technique", List.of("technique.")), Map.entry("techniques", List.of("technique.")),
			Map.entry("categories", List.of("category.")), Map.entry("dyes", List.of("dye.")),
			Map.entry("revitalisation", List.of("revitalisation.")),
			Map.entry("documentKind", List.of("certification.document.", "programme.attachment.kind.")),
			Map.entry("labResult", List.of("certification.surveillance.result.")), Map.entry("stage", List.of("ig.stage.")),
			Map.entry("registrationStatus", List.of("event.registration.status.")),
			Map.entry("eventType", List.of("event.type.")), Map.entry("eventStatus", List.of("event.status.")),
			Map.entry("sessionKind", List.of("event.session.kind.")));

	private final MessageSource messages;

	AuditLabels(MessageSource messages) {
		this.messages = messages;
	}

	/** The value as a reader reads it; a value with no label is shown as it is. */
	public String value(String field, String value) {
		if (value == null) {
			return null;
		}
		List<String> prefixes = CODE_LABELS.get(field);
		if (prefixes != null) {
			return codes(value).stream().map(code -> label(prefixes, code)).collect(Collectors.joining(", "));
		}
		if ("true".equals(value) || "false".equals(value)) {
			return message("audit.value." + value, value);
		}
		if (field.endsWith("Idr") && value.matches("-?\\d+")) {
			Locale locale = LocaleContextHolder.getLocale();
			return messages.getMessage("money.idr", new Object[] { NumberFormat.getIntegerInstance(locale)
				.format(Long.parseLong(value)) }, value, locale);
		}
		return moment(value);
	}

	/** {@code [CAP, TULIS]} (a set as the trail wrote it) or one code. */
	private static List<String> codes(String value) {
		String bare = value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
		return bare.isBlank() ? List.of() : Arrays.stream(bare.split(",")).map(String::strip).toList();
	}

	private String label(List<String> prefixes, String code) {
		for (String prefix : prefixes) {
			String label = message(prefix + code, null);
			if (label != null) {
				return label;
			}
		}
		return code;
	}

	/** An ISO day or moment ({@code 2026-12-06}, {@code 2026-12-05T20:18:00Z}) as every page writes one. */
	private static String moment(String value) {
		try {
			if (value.length() == 10) {
				return Dates.date(LocalDate.parse(value), LocaleContextHolder.getLocale());
			}
			if (value.length() > 10 && value.charAt(10) == 'T') {
				return Dates.dateTime(Instant.parse(value), LocaleContextHolder.getLocale());
			}
		}
		catch (DateTimeParseException notAMoment) {
			// a text that only looks like one: shown as it is
		}
		return value;
	}

	private String message(String key, String otherwise) {
		return messages.getMessage(key, null, otherwise, LocaleContextHolder.getLocale());
	}
}
