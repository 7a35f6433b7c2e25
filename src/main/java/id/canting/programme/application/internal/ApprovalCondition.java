package id.canting.programme.application.internal;

import id.canting.programme.application.Application;
import id.canting.programme.catalogue.Programme;

/**
 * A condition a programme type sets before the ministry may approve, beyond the workflow itself:
 * e.g. machine restructuring requires a verification visit. Each is a bean; the facade checks them
 * all before it commits quota and budget.
 */
public interface ApprovalCondition {

	/** Throws a refusal naming the condition when the application may not be approved yet. */
	void check(Programme programme, Application application, long amountIdr);
}
