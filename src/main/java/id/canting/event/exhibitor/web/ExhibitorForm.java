package id.canting.event.exhibitor.web;

import java.util.EnumSet;
import java.util.Set;

import id.canting.event.exhibitor.internal.BoothNeed;
import id.canting.event.exhibitor.internal.ExhibitorApplication;
import id.canting.event.exhibitor.internal.ExhibitorInput;
import id.canting.registry.ProductCategory;
import id.canting.registry.Technique;

/** The owner's exhibitor application form; {@code submit} sends it to the officer after saving. */
public class ExhibitorForm {

	private Long ikmId;
	private String products;
	private Set<ProductCategory> categories = EnumSet.noneOf(ProductCategory.class);
	private Set<Technique> techniques = EnumSet.noneOf(Technique.class);
	private Set<BoothNeed> boothNeeds = EnumSet.noneOf(BoothNeed.class);
	private String boothNotes;
	private Integer version;
	private boolean submit;

	static ExhibitorForm of(ExhibitorApplication a) {
		ExhibitorForm form = new ExhibitorForm();
		form.ikmId = a.ikmId();
		form.products = a.products();
		form.categories = a.categories();
		form.techniques = a.techniques();
		form.boothNeeds = a.boothNeeds();
		form.boothNotes = a.boothNotes();
		form.version = a.version();
		return form;
	}

	ExhibitorInput toInput() {
		return new ExhibitorInput(ikmId, products, categories, techniques, boothNeeds, boothNotes);
	}

	public Long getIkmId() {
		return ikmId;
	}

	public void setIkmId(Long ikmId) {
		this.ikmId = ikmId;
	}

	public String getProducts() {
		return products;
	}

	public void setProducts(String products) {
		this.products = products;
	}

	public Set<ProductCategory> getCategories() {
		return categories;
	}

	public void setCategories(Set<ProductCategory> categories) {
		this.categories = categories == null ? EnumSet.noneOf(ProductCategory.class) : categories;
	}

	public Set<Technique> getTechniques() {
		return techniques;
	}

	public void setTechniques(Set<Technique> techniques) {
		this.techniques = techniques == null ? EnumSet.noneOf(Technique.class) : techniques;
	}

	public Set<BoothNeed> getBoothNeeds() {
		return boothNeeds;
	}

	public void setBoothNeeds(Set<BoothNeed> boothNeeds) {
		this.boothNeeds = boothNeeds == null ? EnumSet.noneOf(BoothNeed.class) : boothNeeds;
	}

	public String getBoothNotes() {
		return boothNotes;
	}

	public void setBoothNotes(String boothNotes) {
		this.boothNotes = boothNotes;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public boolean isSubmit() {
		return submit;
	}

	public void setSubmit(boolean submit) {
		this.submit = submit;
	}
}
