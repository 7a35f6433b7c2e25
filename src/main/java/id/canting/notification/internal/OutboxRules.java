package id.canting.notification.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import id.canting.notification.MessagePart;
import id.canting.notification.OutgoingMessage;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * What a message must be before it enters the outbox: one deliverable address, a one-line subject
 * (no line break could smuggle in a header), a body, and parts small and few enough for a mail
 * server to accept. Limits are about what SMTP servers commonly take (10 MB a message).
 */
final class OutboxRules {

	static final int RECIPIENT_MAX = 254;
	static final int SUBJECT_MAX = 250;
	static final int TEXT_MAX = 100_000;
	static final int HTML_MAX = 500_000;
	static final int PARTS_MAX = 10;
	static final int PART_BYTES_MAX = 5 * 1024 * 1024;
	static final int TOTAL_BYTES_MAX = 10 * 1024 * 1024;
	static final int REFERENCE_MAX = 100;

	static final Pattern EMAIL = Pattern.compile("[^@\\s\"<>,;:()\\[\\]\\\\]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
	static final Pattern TOPIC = Pattern.compile("[a-z][a-z0-9.-]{0,59}");
	static final Pattern PART_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
	static final Pattern CONTENT_TYPE = Pattern.compile(
			"[A-Za-z0-9][A-Za-z0-9.+-]*/[A-Za-z0-9][A-Za-z0-9.+-]*(\\s*;\\s*[A-Za-z0-9-]+=[A-Za-z0-9._+-]+)*");
	static final int CONTENT_TYPE_MAX = 100;

	private OutboxRules() {
	}

	/** @throws InvalidInputException naming each broken rule */
	static void check(OutgoingMessage message) {
		List<FieldViolation> violations = new ArrayList<>();
		if (message == null) {
			throw new InvalidInputException(List.of(FieldViolation.of("message", "validation.required")));
		}
		String recipient = message.recipient();
		if (recipient == null || recipient.isBlank()) {
			violations.add(FieldViolation.of("recipient", "validation.required"));
		}
		else if (recipient.length() > RECIPIENT_MAX) {
			violations.add(FieldViolation.of("recipient", "validation.too-long", RECIPIENT_MAX, recipient.length()));
		}
		else if (!EMAIL.matcher(recipient).matches()) {
			violations.add(FieldViolation.of("recipient", "validation.email"));
		}
		if (message.language() == null || message.language().getLanguage().isEmpty()) {
			violations.add(FieldViolation.of("language", "validation.required"));
		}
		text(violations, "subject", message.subject(), SUBJECT_MAX, true);
		if (message.subject() != null && message.subject().chars().anyMatch(c -> c == '\r' || c == '\n')) {
			violations.add(FieldViolation.of("subject", "notification.validation.one-line"));
		}
		text(violations, "textBody", message.textBody(), TEXT_MAX, true);
		text(violations, "htmlBody", message.htmlBody(), HTML_MAX, false);
		if (message.topic() == null || message.topic().isBlank()) {
			violations.add(FieldViolation.of("topic", "validation.required"));
		}
		else if (!TOPIC.matcher(message.topic()).matches()) {
			violations.add(FieldViolation.of("topic", "notification.validation.topic"));
		}
		text(violations, "reference", message.reference(), REFERENCE_MAX, false);
		long total = parts(violations, "inlineParts", message.inlineParts())
				+ parts(violations, "attachments", message.attachments());
		int count = size(message.inlineParts()) + size(message.attachments());
		if (count > PARTS_MAX) {
			violations.add(FieldViolation.of("attachments", "notification.validation.parts-count", PARTS_MAX, count));
		}
		if (total > TOTAL_BYTES_MAX) {
			violations.add(FieldViolation.of("attachments", "notification.validation.total-size", TOTAL_BYTES_MAX / 1024 / 1024));
		}
		if (size(message.inlineParts()) > 0 && (message.htmlBody() == null || message.htmlBody().isBlank())) {
			violations.add(FieldViolation.of("inlineParts", "notification.validation.inline-without-html"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	private static void text(List<FieldViolation> violations, String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				violations.add(FieldViolation.of(field, "validation.required"));
			}
		}
		else if (value.length() > max) {
			violations.add(FieldViolation.of(field, "validation.too-long", max, value.length()));
		}
	}

	private static long parts(List<FieldViolation> violations, String field, List<MessagePart> parts) {
		if (parts == null) {
			violations.add(FieldViolation.of(field, "validation.required"));
			return 0;
		}
		long total = 0;
		for (int i = 0; i < parts.size(); i++) {
			MessagePart part = parts.get(i);
			String at = field + "[" + i + "]";
			if (part == null) {
				violations.add(FieldViolation.of(at, "validation.required"));
				continue;
			}
			if (part.name() == null || !PART_NAME.matcher(part.name()).matches()) {
				violations.add(FieldViolation.of(at + ".name", "notification.validation.part-name"));
			}
			if (part.contentType() == null || part.contentType().length() > CONTENT_TYPE_MAX
					|| !CONTENT_TYPE.matcher(part.contentType()).matches()) {
				violations.add(FieldViolation.of(at + ".contentType", "notification.validation.content-type"));
			}
			if (part.content() == null || part.content().length == 0) {
				violations.add(FieldViolation.of(at + ".content", "validation.required"));
			}
			else if (part.content().length > PART_BYTES_MAX) {
				violations.add(FieldViolation.of(at + ".content", "notification.validation.part-size", PART_BYTES_MAX / 1024 / 1024));
			}
			else {
				total += part.content().length;
			}
		}
		long distinct = parts.stream().filter(p -> p != null && p.name() != null).map(MessagePart::name).distinct().count();
		if (distinct < parts.stream().filter(p -> p != null && p.name() != null).count()) {
			violations.add(FieldViolation.of(field, "notification.validation.part-name-twice"));
		}
		return total;
	}

	private static int size(List<MessagePart> parts) {
		return parts == null ? 0 : parts.size();
	}
}
