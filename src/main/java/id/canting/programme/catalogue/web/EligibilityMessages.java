package id.canting.programme.catalogue.web;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.canting.programme.catalogue.EligibilityReason;
import id.canting.programme.catalogue.ProgrammeTarget;
import id.canting.programme.catalogue.ProgrammeType;
import id.canting.programme.catalogue.internal.ReadinessRule;
import id.canting.region.Province;
import id.canting.region.Regions;
import id.canting.registry.IkmKind;
import id.canting.registry.SizeClass;
import id.canting.registry.Technique;

/**
 * Says eligibility reasons and rules in the reader's language: enum values by their labels in the
 * message bundles, province codes by their names, sets as lists.
 */
@Component
public class EligibilityMessages {

	private final MessageSource messages;
	private final Regions regions;

	EligibilityMessages(MessageSource messages, Regions regions) {
		this.messages = messages;
		this.regions = regions;
	}

	public EligibilityResponse response(List<EligibilityReason> reasons, Locale locale) {
		return new EligibilityResponse(reasons.isEmpty(), reasons.stream()
			.map(r -> new EligibilityResponse.Reason(r.rule(), message(r, locale)))
			.toList());
	}

	public String message(EligibilityReason reason, Locale locale) {
		Object[] args = reason.arguments().stream().map(a -> label(a, locale)).toArray();
		return messages.getMessage(reason.messageKey(), args, locale);
	}

	/** A value as a reader says it; numbers stay numbers for the message format. */
	public Object label(Object value, Locale locale) {
		if (value instanceof Collection<?> values) {
			return values.stream().map(v -> String.valueOf(label(v, locale))).collect(Collectors.joining(", "));
		}
		if (value instanceof Enum<?> constant) {
			return messages.getMessage(prefix(constant) + constant.name(), null, constant.name(), locale);
		}
		if (value instanceof String code && code.matches("\\d{2}")) {
			return regions.province(code).map(Province::displayName).orElse(code);
		}
		return value;
	}

	private static String prefix(Enum<?> constant) {
		if (constant instanceof Technique) {
			return "technique.";
		}
		if (constant instanceof IkmKind) {
			return "kind.";
		}
		if (constant instanceof SizeClass) {
			return "sizeClass.";
		}
		if (constant instanceof ProgrammeType) {
			return "programme.type.";
		}
		if (constant instanceof ProgrammeTarget) {
			return "programme.target.";
		}
		if (constant instanceof ReadinessRule.Subject) {
			return "programme.readiness.subject.";
		}
		return "";
	}
}
