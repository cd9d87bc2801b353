package org.convene.coordination.child.api;

/** The NHS number rule, shared by the child record, the intake form and the import. */
public final class NhsNumber {

    private NhsNumber() {
    }

    /** Ten digits (spaces ignored), the last a modulus-11 check digit. */
    public static boolean isValid(String value) {
        if (value == null) {
            return false;
        }
        String digits = value.replace(" ", "");
        if (!digits.matches("\\d{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }
}
