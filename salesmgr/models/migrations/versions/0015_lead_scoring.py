"""Lead scoring (issue 15): scoring models with their rules and grades, lead behaviours, lead scores, how reps
take routed leads; a lead's region and the day it was assigned.

The lead status "qualified" becomes "assigned" (a qualified lead was one handed to a rep); the seed's default
scoring model is saved as version 1 when it is first needed (``models.leads.store.current_spec``).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

STATUSES = "status IN ('new', 'nurturing', {}, 'converted', 'disqualified')"


def _rename_status(old: str, new: str) -> None:
    lead = sa.table('lead', sa.column('status', sa.String()))
    op.execute(lead.update().where(lead.c.status == old).values(status=new))


def upgrade() -> None:
    op.create_table('scoring_model',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('changed_by', sa.String(length=120), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('origin', sa.String(length=12), nullable=False),
    sa.CheckConstraint("origin IN ('default', 'user', 'suggestion')", name=op.f('ck_scoring_model_origin')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scoring_model')),
    sa.UniqueConstraint('version', name=op.f('uq_scoring_model_version'))
    )
    op.create_table('scoring_grade',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('model_id', sa.Integer(), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('builtin_key', sa.String(length=20), nullable=True),
    sa.Column('min_score', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.CheckConstraint("action IN ('route', 'nurture')", name=op.f('ck_scoring_grade_action')),
    sa.ForeignKeyConstraint(['model_id'], ['scoring_model.id'], name=op.f('fk_scoring_grade_model_id_scoring_model'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scoring_grade'))
    )
    with op.batch_alter_table('scoring_grade', schema=None) as batch_op:
        batch_op.create_index('ix_scoring_grade_model_rank', ['model_id', 'rank'], unique=True)

    op.create_table('scoring_rule',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('model_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('field', sa.String(length=40), nullable=False),
    sa.Column('operator', sa.String(length=10), nullable=True),
    sa.Column('value', sa.Text(), nullable=True),
    sa.Column('points', sa.Integer(), nullable=False),
    sa.Column('decay', sa.Integer(), nullable=True),
    sa.CheckConstraint("kind IN ('attribute', 'behaviour')", name=op.f('ck_scoring_rule_kind')),
    sa.CheckConstraint('decay IS NULL OR decay >= 0', name=op.f('ck_scoring_rule_decay')),
    sa.ForeignKeyConstraint(['model_id'], ['scoring_model.id'], name=op.f('fk_scoring_rule_model_id_scoring_model'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scoring_rule'))
    )
    with op.batch_alter_table('scoring_rule', schema=None) as batch_op:
        batch_op.create_index('ix_scoring_rule_model_position', ['model_id', 'position'], unique=True)

    op.create_table('rep_routing',
    sa.Column('rep_id', sa.Integer(), nullable=False),
    sa.Column('takes_leads', sa.Boolean(), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('regions', sa.Text(), nullable=True),
    sa.Column('industries', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['rep_id'], ['rep.id'], name=op.f('fk_rep_routing_rep_id_rep'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('rep_id', name=op.f('pk_rep_routing'))
    )
    op.create_table('lead_behaviour',
    sa.Column('lead_id', sa.Integer(), nullable=False),
    sa.Column('behaviour', sa.String(length=40), nullable=False),
    sa.Column('occurred_on', sa.Date(), nullable=False),
    sa.Column('dated', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['lead_id'], ['lead.id'], name=op.f('fk_lead_behaviour_lead_id_lead'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('lead_id', 'behaviour', name=op.f('pk_lead_behaviour'))
    )
    op.create_table('lead_score',
    sa.Column('lead_id', sa.Integer(), nullable=False),
    sa.Column('model_id', sa.Integer(), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('grade_rank', sa.Integer(), nullable=False),
    sa.Column('scored_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['lead_id'], ['lead.id'], name=op.f('fk_lead_score_lead_id_lead'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['model_id'], ['scoring_model.id'], name=op.f('fk_lead_score_model_id_scoring_model'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('lead_id', name=op.f('pk_lead_score'))
    )
    with op.batch_alter_table('lead', schema=None) as batch_op:
        batch_op.add_column(sa.Column('region', sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column('assigned_on', sa.Date(), nullable=True))
        batch_op.drop_constraint(op.f('ck_lead_status'), type_='check')
    _rename_status('qualified', 'assigned')
    with op.batch_alter_table('lead', schema=None) as batch_op:
        batch_op.create_check_constraint(op.f('ck_lead_status'), STATUSES.format("'assigned'"))



def downgrade() -> None:
    with op.batch_alter_table('lead', schema=None) as batch_op:
        batch_op.drop_column('assigned_on')
        batch_op.drop_column('region')
        batch_op.drop_constraint(op.f('ck_lead_status'), type_='check')
    _rename_status('assigned', 'qualified')
    with op.batch_alter_table('lead', schema=None) as batch_op:
        batch_op.create_check_constraint(op.f('ck_lead_status'), STATUSES.format("'qualified'"))

    op.drop_table('lead_score')
    op.drop_table('lead_behaviour')
    op.drop_table('rep_routing')
    with op.batch_alter_table('scoring_rule', schema=None) as batch_op:
        batch_op.drop_index('ix_scoring_rule_model_position')

    op.drop_table('scoring_rule')
    with op.batch_alter_table('scoring_grade', schema=None) as batch_op:
        batch_op.drop_index('ix_scoring_grade_model_rank')

    op.drop_table('scoring_grade')
    op.drop_table('scoring_model')
