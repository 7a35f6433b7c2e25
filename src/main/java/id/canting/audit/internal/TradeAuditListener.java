package id.canting.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.canting.trade.ExportRecordDeleted;
import id.canting.trade.ExportRecordRecorded;
import id.canting.trade.ExportRecordUpdated;
import id.canting.trade.ProductBasketCreated;
import id.canting.trade.ProductBasketUpdated;

/**
 * Records every change to export records and product baskets, synchronously in the transaction of
 * the change (as {@link RegistryAuditListener} does), so no change is saved without its entry.
 * Trade data belongs to no province.
 */
@Component
class TradeAuditListener {

	private static final String EXPORT_RECORD = "export_record";
	private static final String PRODUCT_BASKET = "product_basket";

	private final AuditWriter writer;

	TradeAuditListener(AuditWriter writer) {
		this.writer = writer;
	}

	@EventListener
	void on(ExportRecordRecorded event) {
		writer.append(NewEntry.of(event.by(), "CREATED", EXPORT_RECORD, event.id().value(), null,
				event.month() + " " + event.hsCode() + " " + event.countryCode() + " USD " + event.valueUsd().toPlainString()
						+ " (" + event.source() + ")"));
	}

	@EventListener
	void on(ExportRecordUpdated event) {
		writer.append(NewEntry.of(event.by(), "UPDATED", EXPORT_RECORD, event.id().value(), null, null)
			.withChanges(event.changes()));
	}

	@EventListener
	void on(ExportRecordDeleted event) {
		writer.append(NewEntry.of(event.by(), "DELETED", EXPORT_RECORD, event.id().value(), null, event.summary()));
	}

	@EventListener
	void on(ProductBasketCreated event) {
		writer.append(NewEntry.of(event.by(), "CREATED", PRODUCT_BASKET, event.code(), null, event.code()));
	}

	@EventListener
	void on(ProductBasketUpdated event) {
		writer.append(NewEntry.of(event.by(), "UPDATED", PRODUCT_BASKET, event.code(), null, null)
			.withChanges(event.changes()));
	}
}
