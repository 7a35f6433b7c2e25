package id.canting.allocation.web;

import id.canting.allocation.internal.LicenceInput;
import id.canting.allocation.internal.ProducerLicence;

/** The producer licence form. */
public class LicenceForm {

	private Integer version;
	private boolean kbli13134;
	private String halalStatus = "NONE";
	private String halalNumber;
	private boolean capCapability;
	private boolean workshop;
	private String note;

	static LicenceForm of(ProducerLicence l) {
		LicenceForm f = new LicenceForm();
		f.version = l.version();
		f.kbli13134 = l.kbli13134();
		f.halalStatus = l.halalStatus().name();
		f.halalNumber = l.halalNumber();
		f.capCapability = l.capCapability();
		f.workshop = l.workshop();
		f.note = l.note();
		return f;
	}

	LicenceInput toInput() {
		return new LicenceInput(kbli13134, halalStatus, halalNumber, capCapability, workshop, note);
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public boolean isKbli13134() {
		return kbli13134;
	}

	public void setKbli13134(boolean kbli13134) {
		this.kbli13134 = kbli13134;
	}

	public String getHalalStatus() {
		return halalStatus;
	}

	public void setHalalStatus(String halalStatus) {
		this.halalStatus = halalStatus;
	}

	public String getHalalNumber() {
		return halalNumber;
	}

	public void setHalalNumber(String halalNumber) {
		this.halalNumber = halalNumber;
	}

	public boolean isCapCapability() {
		return capCapability;
	}

	public void setCapCapability(boolean capCapability) {
		this.capCapability = capCapability;
	}

	public boolean isWorkshop() {
		return workshop;
	}

	public void setWorkshop(boolean workshop) {
		this.workshop = workshop;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
