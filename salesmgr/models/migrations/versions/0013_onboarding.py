"""onboarding: templates, plans, tasks, reviews and certification results

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('onboarding_template',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('builtin_key', sa.String(length=40), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_onboarding_template')),
    sa.UniqueConstraint('builtin_key', name=op.f('uq_onboarding_template_builtin_key')),
    sa.UniqueConstraint('name', name=op.f('uq_onboarding_template_name'))
    )
    op.create_table('onboarding_template_task',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('due_day', sa.Integer(), nullable=False),
    sa.Column('owner_role', sa.String(length=20), nullable=False),
    sa.Column('hours', sa.String(length=40), nullable=False),
    sa.Column('criterion', sa.String(length=40), nullable=True),
    sa.Column('builtin_key', sa.String(length=40), nullable=True),
    sa.CheckConstraint("category IN ('practice', 'feedback', 'formal')", name=op.f('ck_onboarding_template_task_category')),
    sa.CheckConstraint("owner_role IN ('new_hire', 'mentor', 'manager')", name=op.f('ck_onboarding_template_task_owner_role')),
    sa.CheckConstraint('due_day BETWEEN 1 AND 90', name=op.f('ck_onboarding_template_task_due_day')),
    sa.ForeignKeyConstraint(['template_id'], ['onboarding_template.id'], name=op.f('fk_onboarding_template_task_template_id_onboarding_template'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_onboarding_template_task'))
    )
    with op.batch_alter_table('onboarding_template_task', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_onboarding_template_task_template_id'), ['template_id'], unique=False)

    op.create_table('onboarding_plan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rep_id', sa.Integer(), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=True),
    sa.Column('mentor_id', sa.Integer(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('finished_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("status IN ('active', 'finished', 'cancelled')", name=op.f('ck_onboarding_plan_status')),
    sa.ForeignKeyConstraint(['mentor_id'], ['rep.id'], name=op.f('fk_onboarding_plan_mentor_id_rep'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['rep_id'], ['rep.id'], name=op.f('fk_onboarding_plan_rep_id_rep'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['template_id'], ['onboarding_template.id'], name=op.f('fk_onboarding_plan_template_id_onboarding_template'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_onboarding_plan'))
    )
    with op.batch_alter_table('onboarding_plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_onboarding_plan_mentor_id'), ['mentor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_onboarding_plan_rep_id'), ['rep_id'], unique=False)

    op.create_table('onboarding_certification',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rep_id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('taken_on', sa.Date(), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('passed', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.CheckConstraint('score BETWEEN 0 AND 100', name=op.f('ck_onboarding_certification_score')),
    sa.ForeignKeyConstraint(['plan_id'], ['onboarding_plan.id'], name=op.f('fk_onboarding_certification_plan_id_onboarding_plan'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['rep_id'], ['rep.id'], name=op.f('fk_onboarding_certification_rep_id_rep'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_onboarding_certification'))
    )
    with op.batch_alter_table('onboarding_certification', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_onboarding_certification_rep_id'), ['rep_id'], unique=False)

    op.create_table('onboarding_review',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('author_role', sa.String(length=20), nullable=False),
    sa.Column('author', sa.String(length=120), nullable=True),
    sa.Column('went_well', sa.Text(), nullable=True),
    sa.Column('to_improve', sa.Text(), nullable=True),
    sa.Column('next_steps', sa.Text(), nullable=True),
    sa.Column('agenda', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("author_role IN ('manager', 'mentor')", name=op.f('ck_onboarding_review_author_role')),
    sa.ForeignKeyConstraint(['plan_id'], ['onboarding_plan.id'], name=op.f('fk_onboarding_review_plan_id_onboarding_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_onboarding_review'))
    )
    with op.batch_alter_table('onboarding_review', schema=None) as batch_op:
        batch_op.create_index('ix_onboarding_review_plan_held', ['plan_id', 'held_on'], unique=False)

    op.create_table('onboarding_task',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('owner_role', sa.String(length=20), nullable=False),
    sa.Column('hours', sa.String(length=40), nullable=False),
    sa.Column('criterion', sa.String(length=40), nullable=True),
    sa.Column('builtin_key', sa.String(length=40), nullable=True),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('done_by', sa.String(length=120), nullable=True),
    sa.Column('done_note', sa.Text(), nullable=True),
    sa.Column('review_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("category IN ('practice', 'feedback', 'formal')", name=op.f('ck_onboarding_task_category')),
    sa.CheckConstraint("owner_role IN ('new_hire', 'mentor', 'manager')", name=op.f('ck_onboarding_task_owner_role')),
    sa.ForeignKeyConstraint(['plan_id'], ['onboarding_plan.id'], name=op.f('fk_onboarding_task_plan_id_onboarding_plan'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['review_id'], ['onboarding_review.id'], name=op.f('fk_onboarding_task_review_id_onboarding_review'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_onboarding_task'))
    )
    with op.batch_alter_table('onboarding_task', schema=None) as batch_op:
        batch_op.create_index('ix_onboarding_task_plan_due', ['plan_id', 'due_date'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('onboarding_task', schema=None) as batch_op:
        batch_op.drop_index('ix_onboarding_task_plan_due')

    op.drop_table('onboarding_task')
    with op.batch_alter_table('onboarding_review', schema=None) as batch_op:
        batch_op.drop_index('ix_onboarding_review_plan_held')

    op.drop_table('onboarding_review')
    with op.batch_alter_table('onboarding_certification', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_onboarding_certification_rep_id'))

    op.drop_table('onboarding_certification')
    with op.batch_alter_table('onboarding_plan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_onboarding_plan_rep_id'))
        batch_op.drop_index(batch_op.f('ix_onboarding_plan_mentor_id'))

    op.drop_table('onboarding_plan')
    with op.batch_alter_table('onboarding_template_task', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_onboarding_template_task_template_id'))

    op.drop_table('onboarding_template_task')
    op.drop_table('onboarding_template')
