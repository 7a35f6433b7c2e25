package id.canting.event.exhibitor.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import id.canting.event.exhibitor.internal.CurationConstraints;
import id.canting.registry.ProductCategory;

/** The curation page's constraints (the demo's as defaults) and, after a proposal, the selection to check or publish. */
public class CurationForm {

	private Integer booths = 26;
	private Integer minProvinces = 10;
	private Integer prisonUnitPlaces = 2;
	private Integer maxPerSentra = 2;
	private Integer minFabric = 12;
	private Integer minClothing = 6;
	private Integer minAccessory = 4;
	private Integer minOther = 0;
	private List<Long> selected = new ArrayList<>();

	CurationConstraints toConstraints() {
		Map<ProductCategory, Integer> minimums = new EnumMap<>(ProductCategory.class);
		minimums.put(ProductCategory.FABRIC, zero(minFabric));
		minimums.put(ProductCategory.CLOTHING, zero(minClothing));
		minimums.put(ProductCategory.ACCESSORY, zero(minAccessory));
		minimums.put(ProductCategory.OTHER, zero(minOther));
		return new CurationConstraints(zero(booths), zero(minProvinces), zero(prisonUnitPlaces), minimums,
				zero(maxPerSentra)).checked();
	}

	private static int zero(Integer value) {
		return value == null ? 0 : value;
	}

	public Integer getBooths() {
		return booths;
	}

	public void setBooths(Integer booths) {
		this.booths = booths;
	}

	public Integer getMinProvinces() {
		return minProvinces;
	}

	public void setMinProvinces(Integer minProvinces) {
		this.minProvinces = minProvinces;
	}

	public Integer getPrisonUnitPlaces() {
		return prisonUnitPlaces;
	}

	public void setPrisonUnitPlaces(Integer prisonUnitPlaces) {
		this.prisonUnitPlaces = prisonUnitPlaces;
	}

	public Integer getMaxPerSentra() {
		return maxPerSentra;
	}

	public void setMaxPerSentra(Integer maxPerSentra) {
		this.maxPerSentra = maxPerSentra;
	}

	public Integer getMinFabric() {
		return minFabric;
	}

	public void setMinFabric(Integer minFabric) {
		this.minFabric = minFabric;
	}

	public Integer getMinClothing() {
		return minClothing;
	}

	public void setMinClothing(Integer minClothing) {
		this.minClothing = minClothing;
	}

	public Integer getMinAccessory() {
		return minAccessory;
	}

	public void setMinAccessory(Integer minAccessory) {
		this.minAccessory = minAccessory;
	}

	public Integer getMinOther() {
		return minOther;
	}

	public void setMinOther(Integer minOther) {
		this.minOther = minOther;
	}

	public List<Long> getSelected() {
		return selected;
	}

	public void setSelected(List<Long> selected) {
		this.selected = selected == null ? new ArrayList<>() : selected;
	}
}
