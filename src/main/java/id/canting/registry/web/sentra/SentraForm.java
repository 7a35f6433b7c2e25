package id.canting.registry.web.sentra;

import id.canting.registry.Sentra;
import id.canting.registry.SentraDetails;
import id.canting.registry.SentraInput;

/** The sentra create and edit form. */
public class SentraForm {

	private String code;
	private String name;
	private String provinceCode;
	private String regencyCode;
	private String address;
	private Integer yearEstablished;
	private String revitalisation = "NONE";
	private Integer revitalisationYear;
	private String notes;
	private int version;

	static SentraForm of(Sentra sentra) {
		SentraDetails d = sentra.details();
		SentraForm form = new SentraForm();
		form.code = d.code();
		form.name = d.name();
		form.provinceCode = sentra.provinceCode();
		form.regencyCode = d.regencyCode();
		form.address = d.address();
		form.yearEstablished = d.yearEstablished();
		form.revitalisation = d.revitalisation().name();
		form.revitalisationYear = d.revitalisationYear();
		form.notes = d.notes();
		form.version = sentra.version();
		return form;
	}

	SentraInput toInput() {
		return new SentraInput(code, name, regencyCode, address, yearEstablished, revitalisation, revitalisationYear,
				notes);
	}

	public String getCode() { return code; }
	public void setCode(String code) { this.code = code; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getProvinceCode() { return provinceCode; }
	public void setProvinceCode(String provinceCode) { this.provinceCode = provinceCode; }
	public String getRegencyCode() { return regencyCode; }
	public void setRegencyCode(String regencyCode) { this.regencyCode = regencyCode; }
	public String getAddress() { return address; }
	public void setAddress(String address) { this.address = address; }
	public Integer getYearEstablished() { return yearEstablished; }
	public void setYearEstablished(Integer yearEstablished) { this.yearEstablished = yearEstablished; }
	public String getRevitalisation() { return revitalisation; }
	public void setRevitalisation(String revitalisation) { this.revitalisation = revitalisation; }
	public Integer getRevitalisationYear() { return revitalisationYear; }
	public void setRevitalisationYear(Integer revitalisationYear) { this.revitalisationYear = revitalisationYear; }
	public String getNotes() { return notes; }
	public void setNotes(String notes) { this.notes = notes; }
	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }
}
