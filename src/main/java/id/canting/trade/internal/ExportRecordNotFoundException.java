package id.canting.trade.internal;

import id.canting.shared.NotFoundException;
import id.canting.trade.ExportRecordId;

/** No export record has this id. */
public class ExportRecordNotFoundException extends NotFoundException {

	public ExportRecordNotFoundException(ExportRecordId id) {
		super("trade.export.not-found", id.value());
	}
}
