package id.canting.event.web;

import id.canting.event.EventView;
import id.canting.event.internal.EventInput;

/** The organisers' event form; days as a browser's date fields send them ({@code 2024-10-02}). */
public class EventForm {

	private String code;
	private String name;
	private String type;
	private String venue;
	private String city;
	private String provinceCode;
	private String startDate;
	private String endDate;
	private String organisers;
	private String partners;
	private String description;
	private String descriptionEn;
	private String exhibitorCallOpens;
	private String exhibitorCallCloses;
	private int version;

	static EventForm of(EventView e) {
		EventForm form = new EventForm();
		form.code = e.code().value();
		form.name = e.name();
		form.type = e.type().name();
		form.venue = e.venue();
		form.city = e.city();
		form.provinceCode = e.provinceCode();
		form.startDate = e.startDate().toString();
		form.endDate = e.endDate().toString();
		form.organisers = e.organisers();
		form.partners = e.partners();
		form.description = e.description();
		form.descriptionEn = e.descriptionEn();
		form.exhibitorCallOpens = e.exhibitorCallOpens() == null ? null : e.exhibitorCallOpens().toString();
		form.exhibitorCallCloses = e.exhibitorCallCloses() == null ? null : e.exhibitorCallCloses().toString();
		form.version = e.version();
		return form;
	}

	EventInput toInput() {
		return new EventInput(code, name, type, venue, city, provinceCode, startDate, endDate, organisers, partners,
				description, descriptionEn, exhibitorCallOpens, exhibitorCallCloses);
	}

	public String getCode() { return code; }
	public void setCode(String code) { this.code = code; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getType() { return type; }
	public void setType(String type) { this.type = type; }
	public String getVenue() { return venue; }
	public void setVenue(String venue) { this.venue = venue; }
	public String getCity() { return city; }
	public void setCity(String city) { this.city = city; }
	public String getProvinceCode() { return provinceCode; }
	public void setProvinceCode(String provinceCode) { this.provinceCode = provinceCode; }
	public String getStartDate() { return startDate; }
	public void setStartDate(String startDate) { this.startDate = startDate; }
	public String getEndDate() { return endDate; }
	public void setEndDate(String endDate) { this.endDate = endDate; }
	public String getOrganisers() { return organisers; }
	public void setOrganisers(String organisers) { this.organisers = organisers; }
	public String getPartners() { return partners; }
	public void setPartners(String partners) { this.partners = partners; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public String getDescriptionEn() { return descriptionEn; }
	public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
	public String getExhibitorCallOpens() { return exhibitorCallOpens; }
	public void setExhibitorCallOpens(String exhibitorCallOpens) { this.exhibitorCallOpens = exhibitorCallOpens; }
	public String getExhibitorCallCloses() { return exhibitorCallCloses; }
	public void setExhibitorCallCloses(String exhibitorCallCloses) { this.exhibitorCallCloses = exhibitorCallCloses; }
	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }
}
