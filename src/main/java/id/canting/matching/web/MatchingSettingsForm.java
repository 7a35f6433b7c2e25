package id.canting.matching.web;

import id.canting.matching.internal.MatchingSettings;
import id.canting.matching.internal.MatchingSettingsService;

/** The organiser's settings form. */
public class MatchingSettingsForm {

	private Integer version;
	private Integer requestExpiryHours;
	private Integer maxRequestsPerParticipant;
	private Integer maxMeetingsPerParticipant;
	private boolean sellerRequestsAllowed;

	static MatchingSettingsForm of(MatchingSettings s) {
		MatchingSettingsForm f = new MatchingSettingsForm();
		f.version = s.isNew() ? null : s.version();
		f.requestExpiryHours = s.requestExpiryHours();
		f.maxRequestsPerParticipant = s.maxRequestsPerParticipant();
		f.maxMeetingsPerParticipant = s.maxMeetingsPerParticipant();
		f.sellerRequestsAllowed = s.sellerRequestsAllowed();
		return f;
	}

	MatchingSettingsService.SettingsInput toInput() {
		return new MatchingSettingsService.SettingsInput(requestExpiryHours, maxRequestsPerParticipant,
				maxMeetingsPerParticipant, sellerRequestsAllowed);
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public Integer getRequestExpiryHours() {
		return requestExpiryHours;
	}

	public void setRequestExpiryHours(Integer requestExpiryHours) {
		this.requestExpiryHours = requestExpiryHours;
	}

	public Integer getMaxRequestsPerParticipant() {
		return maxRequestsPerParticipant;
	}

	public void setMaxRequestsPerParticipant(Integer maxRequestsPerParticipant) {
		this.maxRequestsPerParticipant = maxRequestsPerParticipant;
	}

	public Integer getMaxMeetingsPerParticipant() {
		return maxMeetingsPerParticipant;
	}

	public void setMaxMeetingsPerParticipant(Integer maxMeetingsPerParticipant) {
		this.maxMeetingsPerParticipant = maxMeetingsPerParticipant;
	}

	public boolean isSellerRequestsAllowed() {
		return sellerRequestsAllowed;
	}

	public void setSellerRequestsAllowed(boolean sellerRequestsAllowed) {
		this.sellerRequestsAllowed = sellerRequestsAllowed;
	}
}
