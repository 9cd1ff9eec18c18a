package io.liaisoninsight.ui.complainant;

import com.vaadin.flow.component.grid.Grid;

import java.util.List;

/** The person's contact details as the user's petitions give them (masked unless unmasked). */
class ContactGrid extends Grid<ComplainantProfile.Contact> {

    ContactGrid(List<ComplainantProfile.Contact> contacts) {
        setId("complainant-contacts");
        addColumn(ComplainantProfile.Contact::name).setHeader(getTranslation("record.complainant.name"));
        addColumn(ComplainantProfile.Contact::idNumber).setHeader(getTranslation("record.complainant.idNumber"));
        addColumn(ComplainantProfile.Contact::phone).setHeader(getTranslation("record.complainant.phone"));
        addColumn(ComplainantProfile.Contact::address).setHeader(getTranslation("record.complainant.address"));
        addColumn(c -> String.join(" ", c.recordIds())).setHeader(getTranslation("complainant.contact.records"));
        setItems(contacts);
        setAllRowsVisible(true);
    }
}
