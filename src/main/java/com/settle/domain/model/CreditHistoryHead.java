package com.settle.domain.model;

import com.settle.domain.Money;

/**
 * An account's credit balance now and how many lines its history has: the top of the history screen.
 * Named by the account's number; the history's lines are asked for by it.
 */
public record CreditHistoryHead(String accountNumber, String accountName, Money balance, int lines) {
}
