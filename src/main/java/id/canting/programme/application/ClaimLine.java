package id.canting.programme.application;

import java.time.LocalDate;

import id.canting.programme.application.internal.ClaimRules;
import id.canting.programme.catalogue.MachineOrigin;
import id.canting.programme.catalogue.PricedMachine;

/**
 * One new machine an IKM bought and claims a share of under the machine-restructuring programme, as
 * {@link ClaimRules} accepted it: bought within the programme's year, with its invoice and tax invoice
 * (faktur pajak) numbers and the price paid in full.
 */
public record ClaimLine(String machineName, MachineCondition condition, MachineOrigin origin, String supplier,
		String invoiceNumber, String taxInvoiceNumber, LocalDate purchaseDate, long priceIdr) {

	/** The machine as the rate table sees it, for a quote. */
	public PricedMachine priced() {
		return new PricedMachine(origin, priceIdr);
	}
}
