/** The studio's customers, with the ClassPass user id ("Aggregator ID") some of them carry. */
package io.github.aggregatorsdk.classpass.example.studio.customers;
