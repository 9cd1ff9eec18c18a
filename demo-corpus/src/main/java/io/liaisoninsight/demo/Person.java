package io.liaisoninsight.demo;

import java.time.LocalDate;

/**
 * A citizen behind one or more complaints. Identifiers are canonical here (18-digit ID number with upper-case
 * X, 11-digit mobile number); what a record carries may be formatted differently or missing.
 */
record Person(String personId, String name, boolean male, LocalDate birth, String idNumber, String phone,
              String district, String township, String place, String address) {
}
