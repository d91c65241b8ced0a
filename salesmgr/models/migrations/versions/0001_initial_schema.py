"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('exchange_rate',
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('rate', sa.String(length=40), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('currency', name=op.f('pk_exchange_rate'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('stage_definition',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('default_probability', sa.Integer(), nullable=False),
    sa.Column('entry_criteria', sa.Text(), nullable=False),
    sa.Column('exit_criteria', sa.Text(), nullable=False),
    sa.CheckConstraint("kind IN ('open', 'won', 'lost')", name=op.f('ck_stage_definition_kind')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stage_definition')),
    sa.UniqueConstraint('name', name=op.f('uq_stage_definition_name'))
    )
    op.create_table('team',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('region', sa.String(length=80), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team')),
    sa.UniqueConstraint('name', name=op.f('uq_team_name'))
    )
    op.create_table('rep',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('team_id', sa.Integer(), nullable=True),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('hire_date', sa.Date(), nullable=True),
    sa.Column('manager_id', sa.Integer(), nullable=True),
    sa.Column('mentor_id', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('external_id', sa.String(length=80), nullable=True),
    sa.Column('source_system', sa.String(length=40), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("role IN ('rep', 'senior', 'sdr', 'manager')", name=op.f('ck_rep_role')),
    sa.ForeignKeyConstraint(['manager_id'], ['rep.id'], name=op.f('fk_rep_manager_id_rep'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['mentor_id'], ['rep.id'], name=op.f('fk_rep_mentor_id_rep'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_rep_team_id_team'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rep')),
    sa.UniqueConstraint('email', name=op.f('uq_rep_email'))
    )
    with op.batch_alter_table('rep', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rep_active'), ['active'], unique=False)
        batch_op.create_index(batch_op.f('ix_rep_name'), ['name'], unique=False)
        batch_op.create_index('ix_rep_source_external', ['source_system', 'external_id'], unique=True)
        batch_op.create_index(batch_op.f('ix_rep_team_id'), ['team_id'], unique=False)

    op.create_table('account',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('industry', sa.String(length=80), nullable=True),
    sa.Column('employees', sa.Integer(), nullable=True),
    sa.Column('region', sa.String(length=80), nullable=True),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('external_id', sa.String(length=80), nullable=True),
    sa.Column('source_system', sa.String(length=40), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['owner_id'], ['rep.id'], name=op.f('fk_account_owner_id_rep'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_account'))
    )
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_account_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_account_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index('ix_account_source_external', ['source_system', 'external_id'], unique=True)

    op.create_table('quota',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rep_id', sa.Integer(), nullable=True),
    sa.Column('team_id', sa.Integer(), nullable=True),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('amount_minor', sa.BigInteger(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.CheckConstraint('(rep_id IS NULL) <> (team_id IS NULL)', name=op.f('ck_quota_rep_or_team')),
    sa.ForeignKeyConstraint(['rep_id'], ['rep.id'], name=op.f('fk_quota_rep_id_rep'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_quota_team_id_team'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quota'))
    )
    with op.batch_alter_table('quota', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quota_period'), ['period'], unique=False)
        batch_op.create_index('ix_quota_rep_period', ['rep_id', 'period'], unique=True)
        batch_op.create_index('ix_quota_team_period', ['team_id', 'period'], unique=True)

    op.create_table('contact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('title', sa.String(length=120), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('external_id', sa.String(length=80), nullable=True),
    sa.Column('source_system', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_contact_account_id_account'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact'))
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_email'), ['email'], unique=False)
        batch_op.create_index('ix_contact_source_external', ['source_system', 'external_id'], unique=True)

    op.create_table('opportunity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('external_id', sa.String(length=80), nullable=True),
    sa.Column('source_system', sa.String(length=40), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=True),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('stage_id', sa.Integer(), nullable=False),
    sa.Column('amount_minor', sa.BigInteger(), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('probability', sa.Integer(), nullable=True),
    sa.Column('created_date', sa.Date(), nullable=False),
    sa.Column('engaged_date', sa.Date(), nullable=True),
    sa.Column('expected_close_date', sa.Date(), nullable=True),
    sa.Column('closed_date', sa.Date(), nullable=True),
    sa.Column('lead_source', sa.String(length=80), nullable=True),
    sa.Column('opportunity_type', sa.String(length=80), nullable=True),
    sa.Column('product', sa.String(length=120), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('probability IS NULL OR (probability >= 0 AND probability <= 100)', name=op.f('ck_opportunity_probability')),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_opportunity_account_id_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['owner_id'], ['rep.id'], name=op.f('fk_opportunity_owner_id_rep'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['stage_id'], ['stage_definition.id'], name=op.f('fk_opportunity_stage_id_stage_definition'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_opportunity'))
    )
    with op.batch_alter_table('opportunity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_opportunity_account_id'), ['account_id'], unique=False)
        batch_op.create_index('ix_opportunity_close', ['closed_date'], unique=False)
        batch_op.create_index('ix_opportunity_created', ['created_date'], unique=False)
        batch_op.create_index('ix_opportunity_expected_close', ['expected_close_date'], unique=False)
        batch_op.create_index('ix_opportunity_owner_close', ['owner_id', 'closed_date'], unique=False)
        batch_op.create_index('ix_opportunity_source_external', ['source_system', 'external_id'], unique=True)
        batch_op.create_index('ix_opportunity_stage_close', ['stage_id', 'expected_close_date'], unique=False)

    op.create_table('activity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rep_id', sa.Integer(), nullable=True),
    sa.Column('account_id', sa.Integer(), nullable=True),
    sa.Column('opportunity_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=True),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('logged_at', sa.DateTime(), nullable=False),
    sa.Column('external_id', sa.String(length=80), nullable=True),
    sa.Column('source_system', sa.String(length=40), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.CheckConstraint("kind IN ('call', 'email', 'meeting', 'visit', 'demo', 'note')", name=op.f('ck_activity_kind')),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_activity_account_id_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['opportunity_id'], ['opportunity.id'], name=op.f('fk_activity_opportunity_id_opportunity'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['rep_id'], ['rep.id'], name=op.f('fk_activity_rep_id_rep'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity'))
    )
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_opportunity_id'), ['opportunity_id'], unique=False)
        batch_op.create_index('ix_activity_rep_occurred', ['rep_id', 'occurred_at'], unique=False)
        batch_op.create_index('ix_activity_source_external', ['source_system', 'external_id'], unique=True)

    op.create_table('lead',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('company', sa.String(length=200), nullable=True),
    sa.Column('title', sa.String(length=120), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('industry', sa.String(length=80), nullable=True),
    sa.Column('company_size', sa.Integer(), nullable=True),
    sa.Column('lead_source', sa.String(length=80), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('created_date', sa.Date(), nullable=False),
    sa.Column('converted_opportunity_id', sa.Integer(), nullable=True),
    sa.Column('external_id', sa.String(length=80), nullable=True),
    sa.Column('source_system', sa.String(length=40), nullable=True),
    sa.CheckConstraint("status IN ('new', 'nurturing', 'qualified', 'converted', 'disqualified')", name=op.f('ck_lead_status')),
    sa.ForeignKeyConstraint(['converted_opportunity_id'], ['opportunity.id'], name=op.f('fk_lead_converted_opportunity_id_opportunity'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['owner_id'], ['rep.id'], name=op.f('fk_lead_owner_id_rep'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lead'))
    )
    with op.batch_alter_table('lead', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lead_created_date'), ['created_date'], unique=False)
        batch_op.create_index('ix_lead_owner_status', ['owner_id', 'status'], unique=False)
        batch_op.create_index('ix_lead_source_external', ['source_system', 'external_id'], unique=True)

    op.create_table('stage_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('opportunity_id', sa.Integer(), nullable=False),
    sa.Column('stage_id', sa.Integer(), nullable=False),
    sa.Column('entered_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['opportunity_id'], ['opportunity.id'], name=op.f('fk_stage_history_opportunity_id_opportunity'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['stage_id'], ['stage_definition.id'], name=op.f('fk_stage_history_stage_id_stage_definition'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stage_history'))
    )
    with op.batch_alter_table('stage_history', schema=None) as batch_op:
        batch_op.create_index('ix_stage_history_opportunity_entered', ['opportunity_id', 'entered_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_stage_history_stage_id'), ['stage_id'], unique=False)
    _insert_defaults()


DEFAULT_STAGES = [
    # name, kind, probability %, entry criteria, exit criteria (one checklist item per line)
    ("Lead identified", "open", 10, "Company and contact identified\nFits the ideal customer profile",
     "Customer agreed to a needs discussion"),
    ("Needs confirmed", "open", 30, "Customer agreed to a needs discussion",
     "Customer confirmed the core needs\nDecision maker and budget known"),
    ("Solution demo", "open", 50, "Customer confirmed the core needs",
     "Customer accepts the proposed solution\nCustomer agrees to start commercial negotiation"),
    ("Negotiation", "open", 75, "Customer accepts the proposed solution",
     "Contract terms agreed\nDelivery feasibility confirmed with the product team"),
    ("Won", "won", 100, "Contract signed", ""),
    ("Lost", "lost", 0, "Loss reason recorded", ""),
]


def _insert_defaults() -> None:
    stages = sa.table(
        "stage_definition",
        sa.column("name", sa.String), sa.column("position", sa.Integer), sa.column("kind", sa.String),
        sa.column("default_probability", sa.Integer), sa.column("entry_criteria", sa.Text),
        sa.column("exit_criteria", sa.Text),
    )
    op.bulk_insert(stages, [
        {"name": name, "position": position, "kind": kind, "default_probability": probability,
         "entry_criteria": entry, "exit_criteria": exit_}
        for position, (name, kind, probability, entry, exit_) in enumerate(DEFAULT_STAGES, start=1)
    ])
    settings = sa.table("setting", sa.column("key", sa.String), sa.column("value", sa.Text))
    op.bulk_insert(settings, [{"key": "base_currency", "value": "CNY"}])


def downgrade() -> None:
    with op.batch_alter_table('stage_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stage_history_stage_id'))
        batch_op.drop_index('ix_stage_history_opportunity_entered')

    op.drop_table('stage_history')
    with op.batch_alter_table('lead', schema=None) as batch_op:
        batch_op.drop_index('ix_lead_source_external')
        batch_op.drop_index('ix_lead_owner_status')
        batch_op.drop_index(batch_op.f('ix_lead_created_date'))

    op.drop_table('lead')
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.drop_index('ix_activity_source_external')
        batch_op.drop_index('ix_activity_rep_occurred')
        batch_op.drop_index(batch_op.f('ix_activity_opportunity_id'))
        batch_op.drop_index(batch_op.f('ix_activity_account_id'))

    op.drop_table('activity')
    with op.batch_alter_table('opportunity', schema=None) as batch_op:
        batch_op.drop_index('ix_opportunity_stage_close')
        batch_op.drop_index('ix_opportunity_source_external')
        batch_op.drop_index('ix_opportunity_owner_close')
        batch_op.drop_index('ix_opportunity_expected_close')
        batch_op.drop_index('ix_opportunity_created')
        batch_op.drop_index('ix_opportunity_close')
        batch_op.drop_index(batch_op.f('ix_opportunity_account_id'))

    op.drop_table('opportunity')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index('ix_contact_source_external')
        batch_op.drop_index(batch_op.f('ix_contact_email'))
        batch_op.drop_index(batch_op.f('ix_contact_account_id'))

    op.drop_table('contact')
    with op.batch_alter_table('quota', schema=None) as batch_op:
        batch_op.drop_index('ix_quota_team_period')
        batch_op.drop_index('ix_quota_rep_period')
        batch_op.drop_index(batch_op.f('ix_quota_period'))

    op.drop_table('quota')
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.drop_index('ix_account_source_external')
        batch_op.drop_index(batch_op.f('ix_account_owner_id'))
        batch_op.drop_index(batch_op.f('ix_account_name'))

    op.drop_table('account')
    with op.batch_alter_table('rep', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rep_team_id'))
        batch_op.drop_index('ix_rep_source_external')
        batch_op.drop_index(batch_op.f('ix_rep_name'))
        batch_op.drop_index(batch_op.f('ix_rep_active'))

    op.drop_table('rep')
    op.drop_table('team')
    op.drop_table('stage_definition')
    op.drop_table('setting')
    op.drop_table('exchange_rate')
