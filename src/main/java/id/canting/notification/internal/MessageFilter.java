package id.canting.notification.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * Which messages the admin list shows: of one status (any when blank) and one topic (any when blank).
 * Bound from {@code ?status=FAILED&topic=programme.application} by the page and the API alike.
 */
public record MessageFilter(String status, String topic) {

	public static final MessageFilter ALL = new MessageFilter(null, null);

	/** The status asked for, or null for all. @throws InvalidInputException for an unknown status */
	MessageStatus statusOrAll() {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return MessageStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(List.of(FieldViolation.of("status", "validation.one-of",
					Arrays.stream(MessageStatus.values()).map(Enum::name).collect(Collectors.joining(", ")))));
		}
	}

	/** The topic asked for, or null for all. @throws InvalidInputException for a malformed topic */
	String topicOrAll() {
		if (topic == null || topic.isBlank()) {
			return null;
		}
		if (!OutboxRules.TOPIC.matcher(topic.strip()).matches()) {
			throw new InvalidInputException(List.of(FieldViolation.of("topic", "notification.validation.topic")));
		}
		return topic.strip();
	}
}
