package id.canting.allocation.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import id.canting.allocation.internal.PlanInfeasibleException;

/** Why a (re-)plan could not be made, in the reader's language: each explanation's message. */
final class PlanReasons {

	private PlanReasons() {
	}

	static List<String> texts(MessageSource messages, PlanInfeasibleException e, Locale locale) {
		return e.reasons().stream()
			.map(r -> messages.getMessage(r.code(), r.args().toArray(), r.code(), locale))
			.toList();
	}
}
