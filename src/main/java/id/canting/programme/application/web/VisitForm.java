package id.canting.programme.application.web;

import java.util.ArrayList;
import java.util.List;

import id.canting.programme.application.internal.VerificationVisit;
import id.canting.programme.application.internal.VisitInput;

/** The officer's visit report: the day, whether the company exists, and per machine present and new. */
public class VisitForm {

	private String visitedOn;
	private boolean companyExists;
	private List<Finding> machines = new ArrayList<>();
	private String notes;

	/** What was found for one claimed machine (line numbered from 1). */
	public static class Finding {

		private int line;
		private boolean present;
		private boolean isNew;

		public int getLine() { return line; }
		public void setLine(int v) { line = v; }
		public boolean isPresent() { return present; }
		public void setPresent(boolean v) { present = v; }
		public boolean isIsNew() { return isNew; }
		public void setIsNew(boolean v) { isNew = v; }
	}

	/** A blank report for this many claimed machines, or the recorded visit. */
	static VisitForm of(int lineCount, VerificationVisit recorded) {
		VisitForm form = new VisitForm();
		for (int i = 1; i <= lineCount; i++) {
			Finding f = new Finding();
			f.line = i;
			form.machines.add(f);
		}
		if (recorded != null) {
			form.visitedOn = recorded.visitedOn().toString();
			form.companyExists = recorded.companyExists();
			form.notes = recorded.notes();
			recorded.machines().forEach(m -> {
				if (m.line() <= form.machines.size()) {
					form.machines.get(m.line() - 1).present = m.present();
					form.machines.get(m.line() - 1).isNew = m.isNew();
				}
			});
		}
		return form;
	}

	VisitInput toInput() {
		return new VisitInput(visitedOn, companyExists,
				machines.stream().map(m -> new VisitInput.Finding(m.line, m.present, m.isNew)).toList(), notes);
	}

	public String getVisitedOn() { return visitedOn; }
	public void setVisitedOn(String v) { visitedOn = v; }
	public boolean isCompanyExists() { return companyExists; }
	public void setCompanyExists(boolean v) { companyExists = v; }
	public List<Finding> getMachines() { return machines; }
	public void setMachines(List<Finding> v) { machines = v; }
	public String getNotes() { return notes; }
	public void setNotes(String v) { notes = v; }
}
