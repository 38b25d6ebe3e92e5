/**
 * One-off campaigns to a segment of the customer base: defined by a CVM manager, judged in a dry run
 * by the NBA policies, approved by a second manager, sent by the campaign process (bpmn/campaign.bpmn)
 * in batches under a rate through the outbox, and stoppable mid-way. The facade is {@link io.cvmjourneys.campaigns.Campaigns}.
 */
package io.cvmjourneys.campaigns;
