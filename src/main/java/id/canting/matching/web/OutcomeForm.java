package id.canting.matching.web;

import id.canting.matching.OutcomeCheckpoint;
import id.canting.matching.OutcomeResult;
import id.canting.matching.internal.outcome.OutcomeInput;
import id.canting.shared.web.Rupiah;
import id.canting.shared.web.TypedAmount;

/**
 * A side's outcome report on the outcomes page: the checkpoint (one of those open), the result, the value
 * of orders placed read by the one rupiah formatter ({@code 25.000.000}), and a note.
 */
public class OutcomeForm {

	private OutcomeCheckpoint checkpoint;
	private OutcomeResult result;
	@Rupiah(refusal = "matching.outcome.validation.amount")
	private TypedAmount valueIdr;
	private String note;

	OutcomeInput input() {
		return new OutcomeInput(checkpoint, result, TypedAmount.amountOf(valueIdr), note, null);
	}

	public OutcomeCheckpoint getCheckpoint() {
		return checkpoint;
	}

	public void setCheckpoint(OutcomeCheckpoint checkpoint) {
		this.checkpoint = checkpoint;
	}

	public OutcomeResult getResult() {
		return result;
	}

	public void setResult(OutcomeResult result) {
		this.result = result;
	}

	public TypedAmount getValueIdr() {
		return valueIdr;
	}

	public void setValueIdr(TypedAmount valueIdr) {
		this.valueIdr = valueIdr;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
