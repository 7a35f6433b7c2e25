package id.canting.programme.participation.web;

import id.canting.programme.participation.internal.ParticipantInput;

/** The add-participant form: name, gender, and the IKM by its id or NIB. */
public class ParticipantForm {

	private String name;
	private String gender;
	private Long ikm;
	private String nib;

	ParticipantInput toInput() {
		return new ParticipantInput(name, gender, ikm, nib);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getGender() {
		return gender;
	}

	public void setGender(String gender) {
		this.gender = gender;
	}

	public Long getIkm() {
		return ikm;
	}

	public void setIkm(Long ikm) {
		this.ikm = ikm;
	}

	public String getNib() {
		return nib;
	}

	public void setNib(String nib) {
		this.nib = nib;
	}
}
