package id.canting.audit.web;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.canting.audit.AuditEntry;
import id.canting.shared.FieldChange;
import id.canting.shared.table.TableDefinition;

/**
 * The audit log as a file, with the columns of the search page: when (a date cell, WIB), who, the
 * action and its reason as labels, the record, province, client address and the changes written as
 * {@code Field: old → new} in the file's language.
 */
@Component
class AuditTable {

	private final MessageSource messages;
	final TableDefinition<AuditEntry> definition;

	AuditTable(MessageSource messages) {
		this.messages = messages;
		this.definition = TableDefinition.<AuditEntry>of("audit", "audit.search.title")
			.dateTime("audit.col.when", AuditEntry::occurredAt)
			.localisedText("audit.col.who",
					(e, locale) -> e.actor() != null ? e.actor() : message("audit.actor.anonymous", locale))
			.label("audit.col.what", "audit.action.", AuditEntry::action)
			.localisedText("audit.col.reason",
					(e, locale) -> e.summary() == null ? null
							: messages.getMessage("audit.reason." + e.summary(), null, e.summary(), locale))
			.label("audit.filter.entity", "audit.entity.", AuditEntry::entityType)
			.text("audit.filter.id", AuditEntry::entityId)
			.text("field.province", AuditEntry::provinceCode)
			.text("audit.col.address", AuditEntry::clientAddress)
			.localisedText("audit.col.changes", (e, locale) -> e.changes().stream()
				.map(c -> change(c, locale)).collect(Collectors.joining("; ")));
	}

	private String change(FieldChange change, Locale locale) {
		String field = messages.getMessage("field." + change.field(), null,
				messages.getMessage("audit.field." + change.field(), null, change.field(), locale), locale);
		String none = message("audit.value.none", locale);
		return field + ": " + (change.oldValue() == null ? none : change.oldValue()) + " → "
				+ (change.newValue() == null ? none : change.newValue());
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
